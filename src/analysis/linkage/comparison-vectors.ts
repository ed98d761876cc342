import type { Comparison } from './comparison.ts';

/** The comparison vectors of the candidate pairs, row-major: `vectors[k * fields + f]` is a level or MISSING. */
export function comparisonVectors<R>(
  records: readonly R[],
  left: Uint32Array,
  right: Uint32Array,
  comparisons: readonly Comparison<R>[],
): Int8Array {
  const f = comparisons.length;
  const out = new Int8Array(left.length * f);
  for (let k = 0; k < left.length; k++) {
    const a = records[left[k]!]!;
    const b = records[right[k]!]!;
    for (let c = 0; c < f; c++) out[k * f + c] = comparisons[c]!.compare(a, b);
  }
  return out;
}
