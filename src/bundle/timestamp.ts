/**
 * Timestamps per case-bundle.md: ISO 8601 with an offset, or integer epoch seconds or milliseconds.
 * A time with no offset is read in the run's declared zone, or rejected.
 */
export type TimeResult =
  { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export function parseTimestamp(text: string, zone: string | undefined): TimeResult {
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
