import { hammingWithin, pdqWords, popcount32 } from '../pdq/hamming-distance.ts';

const SLOTS = 16;
const BUCKETS = 1 << 16;

/** All 16-bit masks of popcount ≤ r, for probing one substring. */
function masksWithin(r: number): Uint16Array {
  const out: number[] = [];
  for (let m = 0; m < BUCKETS; m++) if (popcount32(m) <= r) out.push(m);
  out.sort((a, b) => popcount32(a) - popcount32(b));
  return Uint16Array.from(out);
}
const MASKS = [masksWithin(0), masksWithin(1), masksWithin(2)];

/** The 16-bit substring `slot` (0..15) of hash `i` in a packed word array. */
function slotValue(words: Uint32Array, i: number, slot: number): number {
  const w = words[i * 8 + (slot >> 1)]!;
  return slot & 1 ? w & 0xffff : w >>> 16;
}

export interface Neighbour {
  /** Position of the hash in the index (order of insertion). */
  id: number;
  distance: number;
}

/**
 * Multi-index hashing over PDQ hashes (Norouzi et al.): the 256 bits split into sixteen 16-bit
 * substrings, each with its own table. Two hashes within distance d agree within ⌊d/16⌋ bits on
 * at least one substring, so probing each table within that radius finds every neighbour exactly.
 * Tables are compact CSR arrays (offsets + ids), a few bytes per hash per table.
 */
export class PdqIndex {
  readonly size: number;
  private readonly words: Uint32Array;
  private readonly offsets: Uint32Array[] = [];
  private readonly ids: Uint32Array[] = [];
  private readonly seen: Uint32Array;
  private stamp = 0;

  /** `words`: eight 32-bit words per hash, packed (see `packPdqHashes`). */
  constructor(words: Uint32Array) {
    this.words = words;
    this.size = Math.floor(words.length / 8);
    this.seen = new Uint32Array(this.size);
    for (let s = 0; s < SLOTS; s++) {
      const counts = new Uint32Array(BUCKETS + 1);
      for (let i = 0; i < this.size; i++) counts[slotValue(words, i, s) + 1]!++;
      for (let b = 0; b < BUCKETS; b++) counts[b + 1]! += counts[b]!;
      const fill = counts.slice(0, BUCKETS);
      const ids = new Uint32Array(this.size);
      for (let i = 0; i < this.size; i++) ids[fill[slotValue(words, i, s)]!++] = i;
      this.offsets.push(counts);
      this.ids.push(ids);
    }
  }

  static fromHex(hashes: readonly string[]): PdqIndex {
    return new PdqIndex(packPdqHashes(hashes));
  }

  /** Every indexed hash within `maxDistance` of the query (eight words at `qi` of `q`), nearest first. */
  queryWords(q: Uint32Array, qi: number, maxDistance: number): Neighbour[] {
    const r = Math.floor(maxDistance / SLOTS);
    if (r >= MASKS.length) return this.bruteForce(q, qi, maxDistance);
    const masks = MASKS[r]!;
    const out: Neighbour[] = [];
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    for (let s = 0; s < SLOTS; s++) {
      const w = q[qi + (s >> 1)]!;
      const v = s & 1 ? w & 0xffff : w >>> 16;
      const offsets = this.offsets[s]!;
      const ids = this.ids[s]!;
      for (let m = 0; m < masks.length; m++) {
        const b = v ^ masks[m]!;
        const end = offsets[b + 1]!;
        for (let k = offsets[b]!; k < end; k++) {
          const id = ids[k]!;
          // Most candidates are far and turn up in one table only: measure first, and remember
          // (to report once) only the near ones, which are the ones found in several tables.
          const d = hammingWithin(q, qi, this.words, id * 8, maxDistance);
          if (d > maxDistance || this.seen[id] === stamp) continue;
          this.seen[id] = stamp;
          out.push({ id, distance: d });
        }
      }
    }
    return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }

  /** Every indexed hash within `maxDistance` of a hex query. */
  query(hex: string, maxDistance: number): Neighbour[] {
    return this.queryWords(pdqWords(hex), 0, maxDistance);
  }

  /** The same answer by comparing against every hash; the baseline the index is measured against. */
  bruteForce(q: Uint32Array, qi: number, maxDistance: number): Neighbour[] {
    const out: Neighbour[] = [];
    for (let id = 0; id < this.size; id++) {
      const d = hammingWithin(q, qi, this.words, id * 8, maxDistance);
      if (d <= maxDistance) out.push({ id, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }
}

/** Hex hashes packed eight words each; malformed ones become all-zero (callers filter by quality). */
export function packPdqHashes(hashes: readonly string[]): Uint32Array {
  const words = new Uint32Array(hashes.length * 8);
  hashes.forEach((h, i) => {
    if (/^[0-9a-fA-F]{64}$/.test(h)) pdqWords(h, words, i * 8);
  });
  return words;
}
