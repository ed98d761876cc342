/**
 * A person's daily rhythm: weights over the 24 local hours, from a shared human curve shifted
 * by the person's chronotype, with extra late-night mass for night owls. Times are drawn in
 * local wall-clock time and converted to UTC through the person's zone (with DST), so the UTC
 * histogram of a person moves by an hour twice a year.
 */
import type { Rng } from './prng.ts';
import { localToUtc, type Zone } from './time-zones.ts';

const BASE = [
  3, 1.6, 0.8, 0.5, 0.35, 0.4, 0.9, 1.8, 2.8, 3.4, 3.8, 4, 4.4, 4.4, 4.2, 4.3, 4.8, 5.4, 6.4, 7.8, 8.8, 9,
  7.6, 5.2,
];

export interface Rhythm {
  /** Cumulative weights over the 24 local hours, last = 1. */
  readonly cumulative: Float64Array;
  readonly shiftHours: number;
  readonly nightOwl: boolean;
}

export function drawRhythm(rng: Rng, nightOwlRate: number): Rhythm {
  const shiftHours = rng.weighted<number>([
    [-2, 1],
    [-1, 3],
    [0, 6],
    [1, 3],
    [2, 1],
  ]);
  const nightOwl = rng.chance(nightOwlRate);
  const w = new Float64Array(24);
  for (let h = 0; h < 24; h++) {
    w[(h + shiftHours + 24) % 24] = (BASE[h] ?? 1) * (0.7 + 0.6 * rng.next());
  }
  if (nightOwl) for (const h of [23, 0, 1, 2, 3]) w[h] = (w[h] ?? 0) + 6;
  const cumulative = new Float64Array(24);
  let acc = 0;
  let total = 0;
  for (const x of w) total += x;
  for (let h = 0; h < 24; h++) {
    acc += (w[h] ?? 0) / total;
    cumulative[h] = acc;
  }
  cumulative[23] = 1;
  return { cumulative, shiftHours, nightOwl };
}

export function drawLocalHour(r: Rhythm, rng: Rng): number {
  const x = rng.next();
  for (let h = 0; h < 24; h++) if (x < (r.cumulative[h] ?? 1)) return h;
  return 23;
}

const DAY = 86_400_000;

/** A UTC instant on a random day in [from, to) at a local hour drawn from the rhythm. */
export function drawInstant(r: Rhythm, zone: Zone, rng: Rng, from: number, to: number): number {
  const days = Math.max(1, Math.floor((to - from) / DAY));
  const dayStart = Math.floor(from / DAY) * DAY + rng.int(0, days - 1) * DAY;
  const local = dayStart + drawLocalHour(r, rng) * 3_600_000 + rng.int(0, 3_599) * 1000;
  const t = localToUtc(zone, local);
  return Math.min(Math.max(t, from), to - 1);
}
