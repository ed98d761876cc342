import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, PHILIPPINES } from './countries.ts';
import { drawPhone, formatPhone } from './phones.ts';
import { Rng } from './prng.ts';

describe('drawPhone', () => {
  it('draws mobile numbers libphonenumber accepts as valid for their country, in every written style', () => {
    const bad: string[] = [];
    for (const c of [...COUNTRIES, PHILIPPINES]) {
      const rng = new Rng(`phones/${c.code}`, 1);
      for (let i = 0; i < 40; i++) {
        const p = drawPhone(rng, c);
        for (const style of ['e164', 'intl', 'national', 'compact'] as const) {
          const text = formatPhone(p, c.phone, style);
          const parsed = parsePhoneNumberFromString(text, c.code as CountryCode);
          if (parsed?.isValid() !== true || parsed.country !== c.code) bad.push(`${c.code} ${style} ${text}`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
