import { describe, expect, it } from 'vitest';
import { extractIps } from './ip-addresses.ts';

describe('extractIps', () => {
  it('finds IPv4 with valid octets only', () => {
    expect(extractIps('from 203.0.113.7, not 999.1.1.1 or 1.2.3.4.5 or 10.0.0').map((h) => h.value)).toEqual([
      '203.0.113.7',
    ]);
  });
  it('finds IPv6 and skips clock times', () => {
    const hits = extractIps('addr 2001:DB8::1 at 12:30:45 and ::ffff:192.0.2.1?');
    expect(hits.map((h) => h.value)).toContain('2001:db8::1');
    expect(hits.map((h) => h.value)).not.toContain('12:30:45');
  });
  it('ignores version numbers glued to other digits', () => {
    expect(extractIps('v1.2.3.4-beta2.1')).toEqual([
      { type: 'ip', value: '1.2.3.4', raw: '1.2.3.4', start: 1, end: 8 },
    ]);
  });
});
