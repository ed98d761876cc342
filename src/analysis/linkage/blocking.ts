import type { BlockingRule } from './comparison.ts';

export interface CandidatePairs {
  /** Left and right record indices, `left[k] < right[k]`. */
  readonly left: Uint32Array;
  readonly right: Uint32Array;
  /** Blocks larger than the cap, skipped (rule name and key), so nothing is dropped unseen. */
  readonly skippedBlocks: ReadonlyArray<{ rule: string; key: string; size: number }>;
}

/**
 * Pairs of records that share a key under at least one rule, each pair once. Blocks larger than
 * `maxBlockSize` are skipped and reported: a key that many records share says little about identity.
 */
export function candidatePairs<R>(
  records: readonly R[],
  rules: readonly BlockingRule<R>[],
  maxBlockSize = 400,
): CandidatePairs {
  const n = records.length;
  const seen = new Set<number>();
  const left: number[] = [];
  const right: number[] = [];
  const skippedBlocks: Array<{ rule: string; key: string; size: number }> = [];
  for (const rule of rules) {
    const blocks = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      for (const key of new Set(rule.keys(records[i]!))) {
        if (!key) continue;
        let b = blocks.get(key);
        if (!b) blocks.set(key, (b = []));
        b.push(i);
      }
    }
    for (const [key, members] of blocks) {
      if (members.length < 2) continue;
      if (members.length > maxBlockSize) {
        skippedBlocks.push({ rule: rule.name, key, size: members.length });
        continue;
      }
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x]!;
          const j = members[y]!;
          const code = i * n + j;
          if (seen.has(code)) continue;
          seen.add(code);
          left.push(i);
          right.push(j);
        }
      }
    }
  }
  return { left: Uint32Array.from(left), right: Uint32Array.from(right), skippedBlocks };
}
