/**
 * Time zones with daylight-saving time, computed from the rules in force over the world's
 * years (EU since 1996, US since 2007, AU and NZ since 2008), so a person's local hour and
 * the UTC offset printed on a timestamp are both right on either side of a DST change.
 */

export type DstRule = 'eu' | 'us' | 'au' | 'nz' | 'none';

export interface Zone {
  /** IANA name, for the documentation and the truth; the offsets come from `stdMinutes` and `dst`. */
  readonly name: string;
  readonly stdMinutes: number;
  readonly dst: DstRule;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** UTC midnight of the n-th (1-based; -1 = last) weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = Date.UTC(year, month, 1);
    const shift = (weekday - new Date(first).getUTCDay() + 7) % 7;
    return first + (shift + (n - 1) * 7) * DAY;
  }
  const last = Date.UTC(year, month + 1, 1) - DAY;
  const shift = (new Date(last).getUTCDay() - weekday + 7) % 7;
  return last - shift * DAY;
}

/** [start, end) of DST in UTC ms for a year; for southern rules start is in the spring (Sep/Oct). */
function transitions(rule: DstRule, year: number, std: number): readonly [number, number] {
  const stdMs = std * 60_000;
  switch (rule) {
    case 'eu':
      return [nthWeekday(year, 2, 0, -1) + HOUR, nthWeekday(year, 9, 0, -1) + HOUR];
    case 'us':
      return [nthWeekday(year, 2, 0, 2) + 2 * HOUR - stdMs, nthWeekday(year, 10, 0, 1) + HOUR - stdMs];
    case 'au':
      return [nthWeekday(year, 9, 0, 1) + 2 * HOUR - stdMs, nthWeekday(year, 3, 0, 1) + 2 * HOUR - stdMs];
    case 'nz':
      return [nthWeekday(year, 8, 0, -1) + 2 * HOUR - stdMs, nthWeekday(year, 3, 0, 1) + 2 * HOUR - stdMs];
    case 'none':
      return [0, 0];
  }
}

const cache = new Map<string, readonly [number, number]>();

/** Offset from UTC in minutes at the UTC instant `utcMs`. */
export function offsetMinutes(zone: Zone, utcMs: number): number {
  if (zone.dst === 'none') return zone.stdMinutes;
  const year = new Date(utcMs + zone.stdMinutes * 60_000).getUTCFullYear();
  const key = `${zone.dst}|${zone.stdMinutes}|${year}`;
  let t = cache.get(key);
  if (t === undefined) {
    t = transitions(zone.dst, year, zone.stdMinutes);
    cache.set(key, t);
  }
  const southern = zone.dst === 'au' || zone.dst === 'nz';
  const inDst = southern ? utcMs >= t[0] || utcMs < t[1] : utcMs >= t[0] && utcMs < t[1];
  return zone.stdMinutes + (inDst ? 60 : 0);
}

/** The UTC instant of a local wall-clock time (ms since epoch as if the wall clock were UTC). */
export function localToUtc(zone: Zone, localMs: number): number {
  const guess = localMs - zone.stdMinutes * 60_000;
  return localMs - offsetMinutes(zone, guess) * 60_000;
}

export function zone(name: string, stdHours: number, dst: DstRule): Zone {
  return { name, stdMinutes: Math.round(stdHours * 60), dst };
}
