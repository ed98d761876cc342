import { describe, expect, it } from 'vitest';
import { emailCountry } from './email-country.ts';
import { phoneCountry } from './phone-country.ts';

describe('phoneCountry', () => {
  it('reads international and 00 forms, and national forms with a default', () => {
    expect(phoneCountry('+49 151 23456789')).toBe('DE');
    expect(phoneCountry('0044 20 7946 0958')).toBe('GB');
    expect(phoneCountry('0917 123 4567', 'PH')).toBe('PH');
    expect(phoneCountry('0917 123 4567')).toBeNull();
  });
  it('separates countries sharing +1', () => {
    expect(phoneCountry('+1 416 555 0199')).toBe('CA');
    expect(phoneCountry('+1 212 555 0199')).toBe('US');
  });
  it('rejects junk', () => {
    expect(phoneCountry('12')).toBeNull();
    expect(phoneCountry('')).toBeNull();
  });
});

describe('emailCountry', () => {
  it('reads ccTLDs and national providers', () => {
    expect(emailCountry('a@example.de')).toMatchObject({ country: 'DE' });
    expect(emailCountry('a@example.co.uk')).toMatchObject({ country: 'GB' });
    expect(emailCountry('a@gmx.net')).toMatchObject({ country: 'DE' });
    expect(emailCountry('a@mail.yahoo.com.ph')).toMatchObject({ country: 'PH' });
  });
  it('says nothing for generic TLDs and ccTLDs sold as generic names', () => {
    expect(emailCountry('a@gmail.com')).toBeNull();
    expect(emailCountry('a@startup.io')).toBeNull();
    expect(emailCountry('no-at-sign')).toBeNull();
  });
});
