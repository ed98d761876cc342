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
  /** For videos: the second of the (first best) frame that matched. */
  second?: number;
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
  /** Video frame hashes: a listed picture seen in any usable frame is a match. */
  frames?: readonly { second: number; pdq: string; quality: number }[];
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
    if (this.index.size === 0) return out;
    const queries: {
      orientation: NonNullable<KnownHashMatch['orientation']>;
      hash: string;
      second?: number;
    }[] = [];
    if (m.frames) {
      for (const f of m.frames)
        if (f.quality >= this.opts.pdqQuality)
          queries.push({ orientation: 'original', hash: f.pdq, second: f.second });
    } else if (m.pdq && (m.quality ?? 0) >= this.opts.pdqQuality) {
      queries.push({ orientation: 'original', hash: m.pdq });
      if (this.opts.dihedral)
        m.pdqTransforms?.forEach((hash, i) => queries.push({ orientation: TRANSFORM_NAMES[i]!, hash }));
    }
    const best = new Map<KnownHash, KnownHashMatch>();
    for (const { orientation, hash, second } of queries) {
      for (const n of this.index.query(hash, this.opts.pdqDistance)) {
        const entry = this.pdqEntries[n.id]!;
        if (seen.has(entry)) continue;
        const prev = best.get(entry);
        if (prev && prev.distance! <= n.distance) continue;
        const match: KnownHashMatch = { entry, by: 'pdq', distance: n.distance, orientation };
        if (second !== undefined) match.second = second;
        best.set(entry, match);
      }
    }
    out.push(...[...best.values()].sort((a, b) => a.distance! - b.distance!));
    return out;
  }
}
