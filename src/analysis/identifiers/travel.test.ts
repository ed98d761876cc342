import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.ts';
import { extractPlaces } from './places.ts';
import { extractTravel } from './travel.ts';

const sentAt = Date.parse('2019-02-20T10:00:00Z');
function travel(text: string) {
  return extractTravel(text, extractPlaces(text), extractDates(text, { sentAt }));
}

describe('extractTravel', () => {
  it('links a travel phrase to the place and date after it', () => {
    const [t] = travel('I am flying to Manila on 12 March, ok?');
    expect(t).toMatchObject({
      type: 'travel',
      value: 'PH',
      place: 'Manila',
      date: '2019-03-12',
      raw: 'flying to Manila',
    });
  });
  it('reads relative dates and other languages', () => {
    expect(travel('arrive Cebu next week')[0]).toMatchObject({ value: 'PH', date: '2019-02-27' });
    expect(travel('ich fliege nach Manila')[0]?.value).toBe('PH');
    expect(travel('pupunta ako sa Cebu')[0]?.place).toBe('Cebu');
  });
  it('ignores places without a travel phrase and phrases without a place', () => {
    expect(travel('I live in Hamburg')).toEqual([]);
    expect(travel('flying tomorrow')).toEqual([]);
    expect(travel('going to sleep now, Manila is hot')).toEqual([]);
  });
});
