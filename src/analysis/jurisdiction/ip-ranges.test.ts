import { describe, expect, it } from 'vitest';
import { inCidr, parseCidr, parseIp, specialRange } from './ip-ranges.ts';

describe('ip ranges', () => {
  it('parses IPv4 and IPv6 (compressed and v4-mapped)', () => {
    expect(parseIp('1.2.3.4')).toEqual({ v: 4, n: 0x01020304 });
    expect(parseIp('255.255.255.255')?.n).toBe(0xffffffff);
    expect(parseIp('::1')).toEqual({ v: 6, n: 1n });
    expect(parseIp('::ffff:1.2.3.4')).toEqual({ v: 6, n: 0xffff01020304n });
    expect(parseIp('nope')).toBeNull();
  });
  it('matches CIDR blocks at their edges', () => {
    const c = parseCidr('100.64.0.0/10');
    expect(inCidr(parseIp('100.64.0.0')!, c)).toBe(true);
    expect(inCidr(parseIp('100.127.255.255')!, c)).toBe(true);
    expect(inCidr(parseIp('100.128.0.0')!, c)).toBe(false);
    expect(inCidr(parseIp('2001:db8::1')!, parseCidr('2001:db8::/32'))).toBe(true);
    expect(inCidr(parseIp('1.2.3.4')!, parseCidr('2001:db8::/32'))).toBe(false);
  });
  it('names special-purpose ranges', () => {
    expect(specialRange('100.100.1.1')).toBe('cgnat');
    expect(specialRange('192.168.1.1')).toBe('private');
    expect(specialRange('fe80::1')).toBe('link-local');
    expect(specialRange('8.8.8.8')).toBeNull();
    expect(specialRange('x')).toBe('invalid');
  });
});
