import { PdqIndex, packPdqHashes } from '../index/pdq-index.ts';
import { TRANSFORM_NAMES } from '../pdq/pdq-dihedral.ts';
import type { KnownHash } from './known-hash.ts';

export interface MatchOptions {
  /** PDQ matches within this distance (inclusive). */
  pdqDistance: number;
  /** Only media PDQ hashes with at least this quality are compared. */
  pdqQuality: number;
  /** Also compare the media's rotations and flips (`pdqTransforms`), so mirrored or turned copies match. */
  dihedral: boolean;
}

export const DEFAULT_MATCH: MatchOptions = Object.freeze({ pdqDistance: 31, pdqQuality: 50, dihedral: true });

export interface KnownHashMatch {
  entry: KnownHash;
  by: 'md5' | 'sha1' | 'sha256' | 'pdq';
  /** PDQ distance, for `by: 'pdq'`. */
  distance?: number;
  /** For `by: 'pdq'`: the orientation of the media that matched ('original' unless rotated or flipped). */
  orientation?: 'original' | (typeof TRANSFORM_NAMES)[number];
}

export interface MatchInput {
  md5?: string | null;
  sha1?: string | null;
  sha256?: string | null;
  pdq?: string | null;
  quality?: number | null;
  pdqTransforms?: readonly string[];
}

/** Looks media up in known-hash lists: exact digests, and PDQ within a distance through the index. */
export class KnownHashMatcher {
  private readonly byDigest = new Map<string, KnownHash[]>();
  private readonly pdqEntries: KnownHash[] = [];
  private readonly index: PdqIndex;
  readonly opts: MatchOptions;

  constructor(entries: Iterable<KnownHash>, opts: Partial<MatchOptions> = {}) {
    this.opts = { ...DEFAULT_MATCH, ...opts };
    for (const e of entries) {
      for (const k of ['md5', 'sha1', 'sha256'] as const) {
        const h = e[k];
        if (!h) continue;
        const key = `${k}:${h}`;
        const list = this.byDigest.get(key);
        if (list) list.push(e);
        else this.byDigest.set(key, [e]);
      }
      if (e.pdq) this.pdqEntries.push(e);
    }
    this.index = new PdqIndex(packPdqHashes(this.pdqEntries.map((e) => e.pdq!)));
  }

  get size(): { digests: number; pdq: number } {
    return { digests: this.byDigest.size, pdq: this.pdqEntries.length };
  }

  /** Every list entry the media matches, exact digests first, each entry once. */
  match(m: MatchInput): KnownHashMatch[] {
    const out: KnownHashMatch[] = [];
    const seen = new Set<KnownHash>();
    for (const k of ['sha256', 'sha1', 'md5'] as const) {
      const h = m[k]?.toLowerCase();
      if (!h) continue;
      for (const entry of this.byDigest.get(`${k}:${h}`) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        out.push({ entry, by: k });
      }
    }
    if (m.pdq && (m.quality ?? 0) >= this.opts.pdqQuality && this.index.size > 0) {
      const queries: [NonNullable<KnownHashMatch['orientation']>, string][] = [['original', m.pdq]];
      if (this.opts.dihedral) m.pdqTransforms?.forEach((h, i) => queries.push([TRANSFORM_NAMES[i]!, h]));
      const best = new Map<KnownHash, KnownHashMatch>();
      for (const [orientation, hash] of queries) {
        for (const n of this.index.query(hash, this.opts.pdqDistance)) {
          const entry = this.pdqEntries[n.id]!;
          if (seen.has(entry)) continue;
          const prev = best.get(entry);
          if (!prev || n.distance < prev.distance!)
            best.set(entry, { entry, by: 'pdq', distance: n.distance, orientation });
        }
      }
      out.push(...[...best.values()].sort((a, b) => a.distance! - b.distance!));
    }
    return out;
  }
}
