import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './timestamp.ts';

const ms = (text: string, zone?: string): number | string => {
  const t = parseTimestamp(text, zone);
  return t.ok ? t.ms : t.reason;
};

describe('parseTimestamp', () => {
  it('reads ISO 8601 with offsets and epoch seconds or milliseconds', () => {
    expect(ms('2019-03-04T21:15:00Z')).toBe(Date.UTC(2019, 2, 4, 21, 15));
    expect(ms('2019-03-04T21:15:00+08:00')).toBe(Date.UTC(2019, 2, 4, 13, 15));
    expect(ms('2019-03-04T21:15:00.250-0530')).toBe(Date.UTC(2019, 2, 5, 2, 45, 0, 250));
    expect(ms('1551734100')).toBe(Date.UTC(2019, 2, 4, 21, 15));
    expect(ms('1551734100123')).toBe(1551734100123);
  });

  it('rejects naive times unless a zone is declared, and then honours daylight saving', () => {
    expect(ms('2019-03-04 21:15:00')).toMatch(/no UTC offset/);
    expect(ms('2019-03-04 21:15:00', 'Asia/Manila')).toBe(Date.UTC(2019, 2, 4, 13, 15));
    expect(ms('2019-07-01T12:00:00', 'Europe/Berlin')).toBe(Date.UTC(2019, 6, 1, 10));
    expect(ms('2019-01-01T12:00:00', 'Europe/Berlin')).toBe(Date.UTC(2019, 0, 1, 11));
  });

  it('rejects impossible dates and garbage', () => {
    expect(ms('2019-02-30T10:00:00Z')).toMatch(/no such date/);
    expect(ms('yesterday')).toMatch(/unparseable/);
    expect(ms('2019-03-04T25:00:00Z')).toMatch(/no such date/);
  });
});

describe('parseTimestamp, the common UTC shape', () => {
  it('reads YYYY-MM-DDTHH:MM:SS[.fff]Z exactly as the general parser does', () => {
    for (const text of [
      '2012-01-01T00:00:00Z',
      '2012-01-01T00:06:18.000Z',
      '2024-02-29T23:59:59.999Z',
      '1999-12-31T12:00:00.5Z',
      '2018-11-07T05:29:14Z',
    ]) {
      const t = parseTimestamp(text, undefined);
      expect(t).toEqual({ ok: true, ms: Date.parse(text) });
    }
  });

  it('leaves impossible dates and other shapes to the general parser and its reasons', () => {
    expect(parseTimestamp('2023-02-29T10:00:00Z', undefined).ok).toBe(false);
    expect(parseTimestamp('2023-04-31T10:00:00.000Z', undefined).ok).toBe(false);
    expect(parseTimestamp('2023-04-30T24:00:00Z', undefined).ok).toBe(false);
    expect(parseTimestamp('2023-04-30T10:00:00.00xZ', undefined).ok).toBe(false);
    expect(parseTimestamp('2023-04-30T10:00:00+02:00', undefined)).toEqual({
      ok: true,
      ms: Date.parse('2023-04-30T08:00:00Z'),
    });
  });
});
