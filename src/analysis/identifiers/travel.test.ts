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
  it('reads the phrasings of the synthetic bundles in every language', () => {
    const cases: Array<[string, string]> = [
      ['i land in Cebu on 12 March, flight PR 431', 'PH'],
      ['i will be in Manila from March 12', 'PH'],
      ['staying at a hotel near Cebu airport', 'PH'],
      ['i come to the philippines on 12 March', 'PH'],
      ['can you meet me in Davao on 12 March?', 'PH'],
      ['two weeks in Cebu this time', 'PH'],
      ['ich lande am 12 März in Cebu, flug PR 431', 'PH'],
      ['ich komme am 12.03.2019 auf die philippinen', 'PH'],
      ['bin ab 12 März in Manila', 'PH'],
      ['jeg lander i Cebu den 12 marts, fly PR 431', 'PH'],
      ['jeg kommer til filippinerne den 12 marts', 'PH'],
      ['aterrizo en Cebu el 12 marzo, vuelo PR 431', 'PH'],
      ['llego a filipinas el 12 marzo', 'PH'],
      ['j’atterris à Cebu le 12 mars, vol PR 431', 'PH'],
      ['j’arrive aux philippines le 12 mars', 'PH'],
      ['atterro a Cebu il 12 marzo, volo PR 431', 'PH'],
      ['arrivo nelle filippine il 12 marzo', 'PH'],
      ['ik land op 12 maart in Cebu, vlucht PR 431', 'PH'],
      ['ik kom op 12 maart naar de filipijnen', 'PH'],
      ['jeg kommer til filippinene 12 mars', 'PH'],
      ['ląduję w Cebu 12 marca, lot PR 431', 'PH'],
      ['przylatuję na filipiny 12 marca', 'PH'],
      ['jag landar i Cebu den 12 mars, flyg PR 431', 'PH'],
      ['jag kommer till filippinerna den 12 mars', 'PH'],
    ];
    for (const [text, country] of cases) {
      const t = travel(text);
      expect(
        t.map((h) => h.value),
        text,
      ).toEqual([country]);
      if (/12/.test(text)) expect(t[0]!.date, text).toBe('2019-03-12');
    }
  });
  it('reads plans without a place as travel to an unnamed destination', () => {
    expect(travel('i booked my ticket, arriving 12 March')).toMatchObject([
      { value: 'ZZ', date: '2019-03-12' },
    ]);
    expect(travel('my flight is PR 431 on 12 March')).toMatchObject([{ value: 'ZZ', date: '2019-03-12' }]);
    expect(travel('arriving soon')).toEqual([]);
  });
  it('skips wishes', () => {
    expect(travel('maybe one day i visit Cebu')).toEqual([]);
    expect(travel('maybe next year i travel there')).toEqual([]);
    expect(travel('is Cebu nice?')).toEqual([]);
  });
  it('ignores places without a travel phrase and phrases without a place', () => {
    expect(travel('I live in Hamburg')).toEqual([]);
    expect(travel('flying tomorrow')).toEqual([]);
    expect(travel('going to sleep now, Manila is hot')).toEqual([]);
  });
});
