import { describe, expect, it } from 'vitest';
import { parseAsnCsv } from './asn-table.ts';
import { classifyIp } from './ip-class.ts';

describe('classifyIp', () => {
  it('recognises CGNAT, private, Tor and hosting ranges', () => {
    expect(classifyIp('100.70.1.2').kind).toBe('cgnat');
    expect(classifyIp('192.168.0.5').kind).toBe('private');
    expect(classifyIp('81.2.69.160', { torExits: new Set(['81.2.69.160']) }).kind).toBe('tor');
    expect(classifyIp('167.99.10.20')).toMatchObject({
      kind: 'hosting',
      reason: 'DigitalOcean range 167.99.0.0/16',
    });
    expect(classifyIp('81.2.69.160').kind).toBe('residential');
    expect(classifyIp('garbage').kind).toBe('invalid');
  });
  it('uses an ASN table when given (by ASN list or organisation name)', () => {
    const table = parseAsnCsv(
      [
        '1.0.0.0,1.0.0.255,13335,Cloudflare',
        '5.5.0.0,5.5.255.255,64500,"Example Hosting, Ltd"',
        '6.6.0.0,6.6.255.255,64501,Example Telecom',
        '2001:db9::,2001:db9::ffff,64502,Example VPS',
      ].join('\n'),
    );
    expect(table.size).toBe(4);
    expect(classifyIp('1.0.0.1', { asnTable: table })).toMatchObject({
      kind: 'hosting',
      reason: 'AS13335 Cloudflare (WARP)',
    });
    expect(classifyIp('5.5.1.1', { asnTable: table }).kind).toBe('hosting');
    expect(classifyIp('6.6.1.1', { asnTable: table })).toMatchObject({
      kind: 'residential',
      reason: 'AS64501 Example Telecom',
    });
    expect(classifyIp('2001:db9::10', { asnTable: table }).kind).toBe('hosting');
    expect(classifyIp('7.7.7.7', { asnTable: table }).reason).toBe('no ASN known');
  });
});
