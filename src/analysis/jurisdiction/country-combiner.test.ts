import { describe, expect, it } from 'vitest';
import { combineCountrySignals } from './country-combiner.ts';
import { countrySignals } from './country-signals.ts';

describe('combineCountrySignals', () => {
  it('ranks a country backed by transfers, phone and IPs as strong', () => {
    const a = combineCountrySignals(
      countrySignals({
        transferSenderCountries: ['DE', 'DE', 'DE'],
        registeredPhones: ['+49 151 23456789'],
        ipEvents: [
          { country: 'DE', kind: 'residential' },
          { country: 'DE', kind: 'residential' },
          { country: 'NL', kind: 'hosting' },
        ],
        emails: ['x@gmail.com'],
      }),
    );
    expect(a.candidates[0]).toMatchObject({ country: 'DE' });
    expect(a.candidates[0]!.p).toBeGreaterThan(0.95);
    expect(a.confidence).toBe('strong');
    expect(a.split).toBe(false);
    expect(a.candidates[0]!.evidence.join(' ')).toMatch(/transfer sender country: DE \(3 of 3\)/);
  });
  it('keeps weak signals weak', () => {
    const a = combineCountrySignals(countrySignals({ emails: ['x@example.se'] }));
    expect(a.candidates[0]!.country).toBe('SE');
    expect(a.candidates[0]!.p).toBeLessThan(0.3);
    expect(a.confidence).toBe('weak');
  });
  it('reports a split as a split', () => {
    const a = combineCountrySignals(
      countrySignals({
        transferSenderCountries: ['GB', 'GB', 'IE', 'IE'],
        registeredPhones: ['+44 20 7946 0958', '+353 85 123 4567'],
      }),
    );
    expect(a.split).toBe(true);
    expect(
      a.candidates
        .slice(0, 2)
        .map((c) => c.country)
        .sort(),
    ).toEqual(['GB', 'IE']);
  });
  it('does not read travel destinations as home', () => {
    const text = 'flying to Manila next week';
    const sig = countrySignals({
      placeHits: [
        { type: 'place', value: 'PH', raw: 'Manila', start: 10, end: 16, country: 'PH' },
        { type: 'travel', value: 'PH', raw: 'flying to Manila', start: 0, end: 16, country: 'PH' },
      ],
    });
    expect(text.length).toBeGreaterThan(0);
    expect(sig).toEqual([]);
  });
  it('has no candidates without evidence', () => {
    expect(combineCountrySignals([])).toMatchObject({ candidates: [], confidence: 'none', other: 1 });
  });
});
