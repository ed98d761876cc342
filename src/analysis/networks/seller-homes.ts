/** A location observation of an account (location records), with its record id for evidence. */
export interface LocationFact {
  readonly id: string;
  readonly account: string;
  readonly at: number;
  readonly lat: number;
  readonly lon: number;
  readonly source: string | null;
}

/** Observations less precise than this (metres) say little about a home. */
const MAX_ACCURACY_M = 200;
const CELL = 0.01;
/** Two sellers whose homes lie this close (metres) work from the same place. */
export const SAME_HOME_M = 120;
const MIN_AT_HOME = 5;

export function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 111_320;
  const dLon = (a.lon - b.lon) * 111_320 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

/**
 * Where a set of observations keeps returning to: the median point of the busiest ~1 km cell,
 * or null when fewer than a handful of precise observations agree.
 */
export function homeOf(points: readonly (LocationFact & { accuracy: number | null })[]): {
  lat: number;
  lon: number;
  observations: number;
} | null {
  const cells = new Map<string, LocationFact[]>();
  for (const p of points) {
    if (p.accuracy !== null && p.accuracy > MAX_ACCURACY_M) continue;
    const k = `${Math.round(p.lat / CELL)}:${Math.round(p.lon / CELL)}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(p);
  }
  const best = [...cells.values()].sort((a, b) => b.length - a.length)[0];
  if (best === undefined || best.length < MIN_AT_HOME) return null;
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const lat = median(best.map((p) => p.lat));
  const lon = median(best.map((p) => p.lon));
  const near = best.filter((p) => metresBetween(p, { lat, lon }) <= SAME_HOME_M);
  if (near.length < MIN_AT_HOME) return null;
  return { lat, lon, observations: near.length };
}
