import { describe, expect, it } from 'vitest';
import { extractPlaces } from './places.ts';

describe('extractPlaces', () => {
  it('finds Philippine cities and foreign places in several languages', () => {
    const hits = extractPlaces(
      'ich fliege nach den Philippinen, erst Manila dann cebu city; I live near Hamburg',
    );
    expect(hits.map((h) => [h.place, h.country])).toEqual([
      ['Philippines', 'PH'],
      ['Manila', 'PH'],
      ['Cebu', 'PH'],
      ['Hamburg', 'DE'],
    ]);
    expect(hits[2]!.raw).toBe('cebu city');
  });
  it('needs word boundaries and capitals for ambiguous names', () => {
    expect(extractPlaces('romantic')).toEqual([]);
    expect(extractPlaces('have a nice day')).toEqual([]);
    expect(extractPlaces('in Nice now').map((h) => h.country)).toEqual(['FR']);
  });
  it('handles accents and multiple spaces', () => {
    expect(extractPlaces('from Malmö').map((h) => [h.place, h.country])).toEqual([['Malmö', 'SE']]);
    expect(extractPlaces('to Quezon   City').map((h) => h.place)).toEqual(['Quezon City']);
  });
});
