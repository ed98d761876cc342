import { describe, expect, it } from 'vitest';
import { openIpCountryDb } from './ip-country.ts';

describe('openIpCountryDb', () => {
  const db = openIpCountryDb();
  it('maps public IPv4 and IPv6 addresses to countries', () => {
    expect(db.lookup('81.2.69.160')).toBe('GB');
    expect(db.lookup('112.198.0.1')).toBe('PH');
    expect(db.lookup('2001:4860:4860::8888')).toBe('US');
  });
  it('gives no country for private, CGNAT and malformed addresses', () => {
    expect(db.lookup('10.1.2.3')).toBeNull();
    expect(db.lookup('100.64.1.1')).toBeNull();
    expect(db.lookup('not an ip')).toBeNull();
  });
  it('says when it was built', () => {
    expect(db.builtAt.getUTCFullYear()).toBeGreaterThan(2020);
  });
});
