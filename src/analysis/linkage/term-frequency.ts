import type { Comparison } from './comparison.ts';

/** Per field with a `tfValue`: how often each value occurs, and the chance two random records agree. */
export interface TermFrequencies {
  /** `share[f]` maps value → share of records with a value that hold this one; undefined for fields without TF. */
  readonly share: ReadonlyArray<ReadonlyMap<string, number> | undefined>;
  /** Σ share² per field: P(two random records agree) on that field. */
  readonly agreement: readonly number[];
}

export function termFrequencies<R>(
  records: readonly R[],
  comparisons: readonly Comparison<R>[],
): TermFrequencies {
  const share: Array<Map<string, number> | undefined> = [];
  const agreement: number[] = [];
  for (const c of comparisons) {
    if (!c.tfValue) {
      share.push(undefined);
      agreement.push(0);
      continue;
    }
    const counts = new Map<string, number>();
    let total = 0;
    for (const r of records) {
      const v = c.tfValue(r);
      if (!v) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      total++;
    }
    const s = new Map<string, number>();
    let sum = 0;
    for (const [v, n] of counts) {
      const p = n / total;
      s.set(v, p);
      sum += p * p;
    }
    share.push(s);
    agreement.push(sum);
  }
  return { share, agreement };
}

/** Bounds of the adjustment in bits: one value's rarity should not outvote every other field. */
export const TF_MIN = -4;
export const TF_MAX = 6;

/**
 * The term-frequency adjustment for an exact agreement on `value` (Splink's form):
 * log2(P(random agreement) / share(value)). Positive for rare values, negative for common ones.
 */
export function tfAdjustment(tf: TermFrequencies, field: number, value: string | null): number {
  const share = tf.share[field];
  if (!share || !value) return 0;
  const p = share.get(value);
  const agree = tf.agreement[field]!;
  if (!p || agree <= 0) return 0;
  return Math.min(TF_MAX, Math.max(TF_MIN, Math.log2(agree / p)));
}
