import type { Comparison } from './comparison.ts';
import { MISSING } from './comparison.ts';

/** A small deterministic PRNG (mulberry32) so estimates are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * u probabilities from random record pairs: almost every random pair is a non-match, so the
 * share of random pairs at each level estimates P(level | non-match). Laplace-smoothed.
 */
export function estimateUFromRandomPairs<R>(
  records: readonly R[],
  comparisons: readonly Comparison<R>[],
  samples = 20_000,
  seed = 1,
  priorWeight = 20,
): number[][] {
  // Laplace smoothing plus the comparison's u prior worth `priorWeight` pairs.
  const counts = comparisons.map((c) =>
    c.levels.map((_, l) => 1 + priorWeight * (c.uPrior?.[l] ?? (l === c.levels.length - 1 ? 1 : 0))),
  );
  const n = records.length;
  if (n < 2) return counts.map((row) => row.map(() => 1 / row.length));
  const count = (a: R, b: R): void =>
    comparisons.forEach((c, f) => {
      const level = c.compare(a, b);
      if (level !== MISSING) counts[f]![level]!++;
    });
  if ((n * (n - 1)) / 2 <= samples) {
    // Small tables: every pair once, rather than the same few pairs drawn again and again.
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) count(records[i]!, records[j]!);
  } else {
    const rand = mulberry32(seed);
    for (let s = 0; s < samples; s++) {
      const i = Math.floor(rand() * n);
      let j = Math.floor(rand() * (n - 1));
      if (j >= i) j++;
      count(records[i]!, records[j]!);
    }
  }
  return counts.map((row) => {
    const total = row.reduce((x, y) => x + y, 0);
    return row.map((x) => x / total);
  });
}
