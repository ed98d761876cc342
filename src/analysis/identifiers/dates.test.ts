import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.ts';

const sentAt = Date.parse('2019-02-20T10:00:00Z'); // a Wednesday
const values = (t: string, senderCountry?: string) =>
  extractDates(t, { sentAt, senderCountry }).map((h) => h.value);

describe('extractDates', () => {
  it('reads ISO and named-month dates, with the year from the message time', () => {
    expect(values('on 2019-03-12')).toEqual(['2019-03-12']);
    expect(values('flying on 12 March')).toEqual(['2019-03-12']);
    expect(values('arrive March 12th, 2020')).toEqual(['2020-03-12']);
    expect(values('am 3. Dezember')).toEqual(['2019-12-03']);
    expect(values('back 5 January')).toEqual(['2019-01-05']);
    const late = Date.parse('2019-11-20T10:00:00Z');
    expect(extractDates('back 5 January', { sentAt: late }).map((h) => h.value)).toEqual(['2020-01-05']);
  });
  it('orders numeric dates by the sender country', () => {
    expect(values('on 03/04/2019', 'DE')).toEqual(['2019-04-03']);
    expect(values('on 03/04/2019', 'US')).toEqual(['2019-03-04']);
    expect(values('on 25/04/2019', 'US')).toEqual(['2019-04-25']);
    expect(values('on 31/02/2019')).toEqual([]);
  });
  it('resolves relative phrases', () => {
    expect(values('see you tomorrow')).toEqual(['2019-02-21']);
    expect(values('arrive next week')).toEqual(['2019-02-27']);
    expect(values('on friday')).toEqual(['2019-02-22']);
    expect(values('in 3 days')).toEqual(['2019-02-23']);
  });
  it('keeps an unresolved phrase when the message time is unknown', () => {
    expect(extractDates('tomorrow').map((h) => h.value)).toEqual(['tomorrow']);
    expect(extractDates('12 March').map((h) => h.value)).toEqual(['12 march']);
  });
  it('does not read "may" as a month in ordinary speech', () => {
    expect(values('you may 5 times')).toEqual([]);
    expect(values('7 may')).toEqual(['2019-05-07']);
  });
});
