import { PdqIndex, packPdqHashes } from './pdq-index.ts';
import { UnionFind } from './union-find.ts';

export interface StackOptions {
  /** Hashes within this PDQ distance join a stack. */
  distance: number;
  /** Hashes below this quality stay alone. */
  quality: number;
}

export const DEFAULT_STACKS: StackOptions = Object.freeze({ distance: 31, quality: 50 });

/**
 * Groups near-duplicates: items whose PDQ hashes are within `distance` are linked, and the
 * connected components (union-find) are the stacks. Returns stacks of two or more, as item
 * positions, largest first.
 */
export function nearDuplicateStacks(
  items: readonly { pdq?: string | null; quality?: number | null }[],
  opts: StackOptions = DEFAULT_STACKS,
): number[][] {
  const usable: number[] = [];
  items.forEach((it, i) => {
    if (it.pdq && (it.quality ?? 0) >= opts.quality) usable.push(i);
  });
  const words = packPdqHashes(usable.map((i) => items[i]!.pdq!));
  const index = new PdqIndex(words);
  const uf = new UnionFind(usable.length);
  for (let k = 0; k < usable.length; k++) {
    for (const n of index.queryWords(words, k * 8, opts.distance)) if (n.id > k) uf.union(k, n.id);
  }
  return uf.groups(2).map((g) => g.map((k) => usable[k]!));
}
