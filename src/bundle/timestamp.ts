/**
 * Timestamps per case-bundle.md: ISO 8601 with an offset, or integer epoch seconds or milliseconds.
 * A time with no offset is read in the run's declared zone, or rejected.
 */
export type TimeResult =
  { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export function parseTimestamp(text: string, zone: string | undefined): TimeResult {
  const fast = fastUtcIso(text);
  if (fast >= 0) return { ok: true, ms: fast };
  const t = text.trim();
  if (t === '') return { ok: false, reason: 'empty timestamp' };
  if (/^-?\d+$/.test(t)) {
    const n = Number(t);
    if (!Number.isSafeInteger(n)) return { ok: false, reason: `unparseable timestamp "${t}"` };
    // 10-digit values are seconds (to 2286), 13-digit values milliseconds.
    return { ok: true, ms: Math.abs(n) >= 1e11 ? n : n * 1000 };
  }
  const m = ISO.exec(t);
  if (m === null) return { ok: false, reason: `unparseable timestamp "${t}"` };
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', off] = m;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const ms = Number((frac + '000').slice(0, 3));
  const local = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], ms);
  const check = new Date(local);
  if (
    Number.isNaN(local) ||
    check.getUTCMonth() !== parts[1] - 1 ||
    check.getUTCDate() !== parts[2] ||
    parts[3] > 23 ||
    parts[4] > 59 ||
    parts[5] > 59
  )
    return { ok: false, reason: `unparseable timestamp "${t}": no such date or time` };
  if (off !== undefined) {
    if (off === 'Z' || off === 'z') return { ok: true, ms: local };
    const sign = off.startsWith('-') ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || '0');
    if (oh > 14 || om > 59) return { ok: false, reason: `unparseable timestamp "${t}": bad offset` };
    return { ok: true, ms: local - sign * (oh * 60 + om) * 60_000 };
  }
  if (zone === undefined)
    return { ok: false, reason: `timestamp "${t}" has no UTC offset and the run declares no --timezone` };
  return { ok: true, ms: zonedToUtc(local, zone) };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The shape nearly every exported timestamp has, `YYYY-MM-DDTHH:MM:SS[.fff]Z`, read without a
 * regular expression (ingest reads one per row). -1 for anything else, which the general parser
 * then reads or rejects with its reason.
 */
function fastUtcIso(t: string): number {
  const n = t.length;
  if ((n !== 20 && n !== 24) || t.charCodeAt(n - 1) !== 90 /* Z */) return -1;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84) return -1;
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return -1;
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  const s = digits(t, 17, 2);
  let ms = 0;
  if (n === 24) {
    if (t.charCodeAt(19) !== 46 /* . */) return -1;
    ms = digits(t, 20, 3);
  }
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    s < 0 ||
    s > 59 ||
    ms < 0
  )
    return -1;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[mo - 1]! || (mo === 2 && d === 29 && !leap)) return -1;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/** The decimal number in t[from, from + count), or -1 when a character is not a digit. */
function digits(t: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC in ms at a UTC instant. */
export function zoneOffset(utcMs: number, zone: string): number {
  const hourKey = `${zone}|${Math.floor(utcMs / 900_000)}`;
  const cached = offsetCache.get(hourKey);
  if (cached !== undefined) return cached;
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs)))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second);
  const offset = asUtc - Math.floor(utcMs / 1000) * 1000;
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(hourKey, offset);
  return offset;
}

/** A wall-clock time in `zone` (given as if it were UTC) to the UTC instant. */
export function zonedToUtc(localAsUtc: number, zone: string): number {
  const first = localAsUtc - zoneOffset(localAsUtc, zone);
  const second = localAsUtc - zoneOffset(first, zone);
  return second;
}

/** True when `zone` is an IANA zone this runtime knows. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
