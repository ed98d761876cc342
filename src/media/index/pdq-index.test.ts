import { describe, expect, it } from 'vitest';
import { pdqHexFromWords } from '../pdq/hamming-distance.ts';
import { seededRandom } from '../synthetic/seeded-random.ts';
import { nearDuplicateStacks } from './near-duplicate-stacks.ts';
import { PdqIndex } from './pdq-index.ts';
import { UnionFind } from './union-find.ts';

function randomWords(n: number, seed: number): Uint32Array {
  const rand = seededRandom(seed);
  const w = new Uint32Array(n * 8);
  for (let i = 0; i < w.length; i++) w[i] = Math.floor(rand() * 2 ** 32);
  return w;
}

/** Flips `bits` distinct random bits of hash i into a new 8-word query. */
function perturb(w: Uint32Array, i: number, bits: number, rand: () => number): Uint32Array {
  const q = w.slice(i * 8, i * 8 + 8);
  const chosen = new Set<number>();
  while (chosen.size < bits) chosen.add(Math.floor(rand() * 256));
  for (const b of chosen) q[b >> 5]! ^= 1 << (b & 31);
  return q;
}

describe('PdqIndex (multi-index hashing)', () => {
  const n = 20_000;
  const words = randomWords(n, 7);
  const index = new PdqIndex(words);
  const rand = seededRandom(9);

  it('finds exactly what brute force finds, at every radius it is asked', () => {
    for (let t = 0; t < 60; t++) {
      const target = Math.floor(rand() * n);
      const q = perturb(words, target, Math.floor(rand() * 48), rand);
      for (const d of [0, 8, 15, 16, 31, 40, 47]) {
        expect(index.queryWords(q, 0, d)).toEqual(index.bruteForce(q, 0, d));
      }
    }
  });

  it('returns the planted neighbour with its distance', () => {
    const q = perturb(words, 123, 20, rand);
    expect(index.query(pdqHexFromWords(q), 31)).toContainEqual({ id: 123, distance: 20 });
  });
});

describe('near-duplicate stacks', () => {
  it('groups chains of near hashes and leaves loners and low quality out', () => {
    const rand = seededRandom(3);
    const base = randomWords(3, 1);
    const a = pdqHexFromWords(base, 0);
    const a1 = pdqHexFromWords(perturb(base, 0, 20, rand));
    const b = pdqHexFromWords(base, 8);
    const b1 = pdqHexFromWords(perturb(base, 1, 10, rand));
    const c = pdqHexFromWords(base, 16);
    const items = [
      { pdq: a, quality: 100 },
      { pdq: b, quality: 100 },
      { pdq: a1, quality: 90 },
      { pdq: c, quality: 100 },
      { pdq: b1, quality: 100 },
      { pdq: a, quality: 10 },
      { pdq: null, quality: 0 },
    ];
    expect(nearDuplicateStacks(items)).toEqual([
      [0, 2],
      [1, 4],
    ]);
  });

  it('stacks videos by their frame bags, not a single frame', () => {
    const rand = seededRandom(8);
    const w = randomWords(6, 21);
    const frames = (ids: number[], bits: number) =>
      ids.map((i, s) => ({ second: s, pdq: pdqHexFromWords(perturb(w, i, bits, rand)), quality: 100 }));
    const items = [
      { pdq: 'x', quality: 100, frames: frames([0, 1, 2, 3], 0) },
      { pdq: 'y', quality: 100, frames: frames([0, 1, 2, 5], 12) }, // 3 of 4 frames shared
      { pdq: 'z', quality: 100, frames: frames([4, 5], 0) }, // shares one frame of two with item 1 only
      { pdq: 'w', quality: 100, frames: frames([0, 1], 8).map((f) => ({ ...f, quality: 10 })) }, // unusable
    ];
    expect(nearDuplicateStacks(items)).toEqual([[0, 1, 2]]);
    expect(nearDuplicateStacks(items, { videoShare: 0.75 })).toEqual([[0, 1]]);
  });

  it('union-find merges transitively', () => {
    const uf = new UnionFind(5);
    uf.union(0, 1);
    uf.union(3, 4);
    uf.union(1, 4);
    expect(uf.groups(2)).toEqual([[0, 1, 3, 4]]);
  });
});
