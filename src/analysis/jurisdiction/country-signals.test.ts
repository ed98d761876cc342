import { describe, expect, it } from 'vitest';
import { countrySignals } from './country-signals.ts';
import type { TimeZoneInference } from './time-zone-inference.ts';

describe('countrySignals', () => {
  it('spreads a language over its countries by specificity and share', () => {
    const s = countrySignals({
      languages: [
        { language: 'de', share: 0.8, messages: 40 },
        { language: 'en', share: 0.2, messages: 10 },
      ],
    });
    const de = s.find((x) => x.country === 'DE')!;
    const at = s.find((x) => x.country === 'AT')!;
    expect(de.kind).toBe('language');
    expect(de.strength).toBeCloseTo(0.8, 9);
    expect(at.strength).toBeCloseTo(0.48, 9);
    expect(s.find((x) => x.country === 'GB')!.strength).toBeCloseTo(0.04, 9);
  });
  it('reads time-zone compatibility and IP shares by class', () => {
    const tz = {
      events: 500,
      zones: [{ zone: 'Europe/Berlin', january: 1, july: 2, p: 0.7 }],
      countries: [
        { country: 'DE', p: 0.7 },
        { country: 'NG', p: 0.02 },
      ],
      offsets: [],
      january: [],
      july: [],
    } satisfies TimeZoneInference;
    const s = countrySignals({
      timeZone: tz,
      ipEvents: [
        { country: 'DE', kind: 'residential' },
        { country: 'DE', kind: 'residential', shared: true },
        { country: 'NL', kind: 'hosting' },
        { country: null, kind: 'cgnat' },
        { country: 'SE', kind: 'tor' },
      ],
    });
    expect(s.filter((x) => x.kind === 'time_zone').map((x) => x.country)).toEqual(['DE']);
    const ip = (k: string) => s.find((x) => x.kind === k)!;
    expect(ip('ip_residential')).toMatchObject({ country: 'DE' });
    expect(ip('ip_residential').strength).toBeCloseTo(1 / 3, 9);
    expect(ip('ip_shared').strength).toBeCloseTo(1 / 3, 9);
    expect(ip('ip_hosting')).toMatchObject({ country: 'NL' });
    expect(s.some((x) => x.country === 'SE')).toBe(false);
  });
});
