import { zoneOffsetHours } from './time-zones.ts';

/**
 * Reference daily curve of private-chat activity by local hour (share of a day's messages),
 * set by hand after the shape published for messaging and social-media activity: a trough
 * at 04–05, a climb through the morning, a plateau in the afternoon and a peak at 21–23.
 * Used only for its shape; every person's curve differs, hence the tempered likelihood.
 */
export const HOURLY_REFERENCE: readonly number[] = [
  0.055, 0.035, 0.02, 0.012, 0.008, 0.008, 0.012, 0.02, 0.03, 0.035, 0.038, 0.04, 0.042, 0.042, 0.042, 0.043,
  0.045, 0.048, 0.052, 0.058, 0.064, 0.07, 0.072, 0.066,
];

/** The reference as 48 half-hour bins, interpolated and normalised to sum to 1. */
export function halfHourReference(hourly: readonly number[] = HOURLY_REFERENCE): Float64Array {
  const bins = new Float64Array(48);
  for (let h = 0; h < 24; h++) {
    // Hour h is centred at h+0.5; its half-hours are centred at h+0.25 and h+0.75.
    const here = hourly[h]!;
    bins[2 * h] = 0.75 * here + 0.25 * hourly[(h + 23) % 24]!;
    bins[2 * h + 1] = 0.75 * here + 0.25 * hourly[(h + 1) % 24]!;
  }
  const sum = bins.reduce((a, b) => a + b, 0);
  return bins.map((x) => x / sum);
}

const HOUR = 3_600_000;
const offsetCache = new Map<string, number>();

/** The zone's UTC offset for the hour containing `at` (cached per zone and hour). */
function cachedOffset(zone: string, at: number): number {
  const key = `${zone}|${Math.floor(at / HOUR)}`;
  let o = offsetCache.get(key);
  if (o === undefined) {
    if (offsetCache.size > 200_000) offsetCache.clear();
    o = zoneOffsetHours(zone, at);
    offsetCache.set(key, o);
  }
  return o;
}

/**
 * A reference curve estimated from the case itself: the local-hour activity of people whose zone
 * is known from stronger evidence (e.g. transfer sender country and phone country agree on a
 * one-zone country). Each person counts equally; add-one smoothing. Returns 24 shares.
 */
export function estimateDailyCurve(
  people: ReadonlyArray<{ readonly times: readonly number[]; readonly zone: string }>,
): number[] {
  const sum = new Array<number>(24).fill(1 / 24);
  for (const p of people) {
    if (!p.times.length) continue;
    const h = new Array<number>(24).fill(0);
    for (const t of p.times) {
      const local = t + cachedOffset(p.zone, t) * HOUR;
      h[Math.floor((((local / HOUR) % 24) + 24) % 24)]!++;
    }
    for (let i = 0; i < 24; i++) sum[i]! += h[i]! / p.times.length;
  }
  const total = sum.reduce((a, b) => a + b, 0);
  return sum.map((x) => x / total);
}
