import type { Comparison } from './comparison.ts';
import { MISSING } from './comparison.ts';
import type { FsParameters } from './em.ts';
import { tfAdjustment, type TermFrequencies } from './term-frequency.ts';

/** One field's part of a pair's match weight. */
export interface FieldWeight {
  readonly field: string;
  /** Level name, or `missing`. */
  readonly level: string;
  /** log2(m/u) for the level; 0 when missing. */
  readonly weight: number;
  /** Term-frequency adjustment in bits (exact agreement on a rare or common value), else 0. */
  readonly tf: number;
  readonly m: number | null;
  readonly u: number | null;
}

/** log2(m/u) per field and level. */
export function levelWeights(params: FsParameters): number[][] {
  return params.m.map((row, f) => row.map((m, l) => Math.log2(m / params.u[f]![l]!)));
}

/** Total match weight of one comparison vector, with the term-frequency adjustments. */
export function pairWeight<R>(
  vector: ArrayLike<number>,
  weights: readonly (readonly number[])[],
  comparisons: readonly Comparison<R>[],
  tf: TermFrequencies,
  a: R,
): number {
  let w = 0;
  for (let f = 0; f < comparisons.length; f++) {
    const level = vector[f]!;
    if (level === MISSING) continue;
    w += weights[f]![level]!;
    const c = comparisons[f]!;
    if (c.tfValue && level === (c.tfLevel ?? 0)) w += tfAdjustment(tf, f, c.tfValue(a));
  }
  return w;
}

/** The same weight, field by field, for the investigator's "why are these linked?". */
export function explainWeight<R>(
  vector: ArrayLike<number>,
  params: FsParameters,
  comparisons: readonly Comparison<R>[],
  tf: TermFrequencies,
  a: R,
): FieldWeight[] {
  return comparisons.map((c, f) => {
    const level = vector[f]!;
    if (level === MISSING) return { field: c.name, level: 'missing', weight: 0, tf: 0, m: null, u: null };
    const m = params.m[f]![level]!;
    const u = params.u[f]![level]!;
    const tfw = c.tfValue && level === (c.tfLevel ?? 0) ? tfAdjustment(tf, f, c.tfValue(a)) : 0;
    return { field: c.name, level: c.levels[level]!, weight: Math.log2(m / u), tf: tfw, m, u };
  });
}

/** Posterior match probability for a total weight and the prior share of matches. */
export function matchProbability(weight: number, lambda: number): number {
  const priorBits = Math.log2(lambda / (1 - lambda));
  return 1 / (1 + Math.pow(2, -(weight + priorBits)));
}
