import { pdqWords } from '../pdq/hamming-distance.ts';
import { PdqIndex, packPdqHashes } from './pdq-index.ts';
import { UnionFind } from './union-find.ts';

export interface StackOptions {
  /** Hashes within this PDQ distance join a stack. */
  distance: number;
  /** Hashes (and video frames) below this quality are ignored. */
  quality: number;
  /** Two videos join when this share of either one's usable frames has a match in the other (vPDQ). */
  videoShare: number;
}

export const DEFAULT_STACKS: StackOptions = Object.freeze({ distance: 31, quality: 50, videoShare: 0.5 });

export interface StackItem {
  pdq?: string | null;
  quality?: number | null;
  /** PDQ of the picture's other rotations and flips; when given, turned or mirrored copies stack too. */
  pdqTransforms?: readonly string[];
  /** Video frame hashes; when present the item is compared as a bag of frames. */
  frames?: readonly { pdq: string; quality: number }[];
}

/** Links videos whose frame bags overlap enough, through one index over every usable frame. */
function linkVideos(items: readonly StackItem[], opts: StackOptions, uf: UnionFind): void {
  const owner: number[] = [];
  const hashes: string[] = [];
  const usable = new Map<number, number>();
  items.forEach((it, i) => {
    if (!it.frames) return;
    let n = 0;
    for (const f of it.frames) {
      if (f.quality < opts.quality) continue;
      owner.push(i);
      hashes.push(f.pdq);
      n++;
    }
    if (n) usable.set(i, n);
  });
  if (hashes.length === 0) return;
  const words = packPdqHashes(hashes);
  const index = new PdqIndex(words);
  // matched[a→b] = frames of a with a match in b
  const matched = new Map<string, number>();
  for (let k = 0; k < hashes.length; k++) {
    const a = owner[k]!;
    const seen = new Set<number>();
    for (const n of index.queryWords(words, k * 8, opts.distance)) {
      const b = owner[n.id]!;
      if (b === a || seen.has(b)) continue;
      seen.add(b);
      const key = `${a}>${b}`;
      matched.set(key, (matched.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of matched) {
    const [a, b] = key.split('>').map(Number) as [number, number];
    if (count / usable.get(a)! >= opts.videoShare) uf.union(a, b);
  }
}

/**
 * Groups near-duplicates: pictures whose PDQ hashes are within `distance`, and videos whose frame
 * bags overlap (vPDQ-style), are linked; the connected components (union-find) are the stacks.
 * Returns stacks of two or more, as item positions, largest first.
 */
export function nearDuplicateStacks(
  items: readonly StackItem[],
  options: Partial<StackOptions> = {},
): number[][] {
  const opts = { ...DEFAULT_STACKS, ...options };
  const uf = new UnionFind(items.length);
  const usable: number[] = [];
  items.forEach((it, i) => {
    if (!it.frames && it.pdq && (it.quality ?? 0) >= opts.quality) usable.push(i);
  });
  const words = packPdqHashes(usable.map((i) => items[i]!.pdq!));
  const index = new PdqIndex(words);
  const q = new Uint32Array(8);
  for (let k = 0; k < usable.length; k++) {
    for (const n of index.queryWords(words, k * 8, opts.distance))
      if (n.id > k) uf.union(usable[k]!, usable[n.id]!);
    for (const t of items[usable[k]!]!.pdqTransforms ?? []) {
      if (!/^[0-9a-fA-F]{64}$/.test(t)) continue;
      pdqWords(t, q);
      for (const n of index.queryWords(q, 0, opts.distance))
        if (n.id !== k) uf.union(usable[k]!, usable[n.id]!);
    }
  }
  linkVideos(items, opts, uf);
  return uf.groups(2);
}
