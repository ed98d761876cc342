import { describe, expect, it } from 'vitest';
import { extractPhones } from './phones.ts';

describe('extractPhones', () => {
  it('reads national formats with the sender country', () => {
    const text = 'text me 0917 123 4567 pls';
    const [h] = extractPhones(text, { senderCountry: 'PH' });
    expect(h?.value).toBe('+639171234567');
    expect(h?.country).toBe('PH');
    expect(text.slice(h!.start, h!.end)).toBe('0917 123 4567');
  });
  it('reads international formats without a country', () => {
    expect(extractPhones('my number +49 151 23456789').map((h) => h.value)).toEqual(['+4915123456789']);
    expect(extractPhones('call 0049 151 23456789').map((h) => h.value)).toEqual(['+4915123456789']);
  });
  it('leaves national formats alone when the country is unknown', () => {
    expect(extractPhones('0917 123 4567')).toEqual([]);
  });
  it('does not read transfer numbers as phones', () => {
    expect(extractPhones('mtcn 1234567890', { senderCountry: 'US' })).toEqual([]);
  });
  it('ignores an unsupported country code and short digit runs', () => {
    expect(extractPhones('+44 20 7946 0958', { senderCountry: 'XX' }).map((h) => h.value)).toEqual([
      '+442079460958',
    ]);
    expect(extractPhones('room 12345', { senderCountry: 'DE' })).toEqual([]);
    expect(extractPhones('')).toEqual([]);
  });
});
