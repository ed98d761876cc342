import { hammingDistance } from '../pdq/hamming-distance.ts';
import type { FrameHash } from './video-frame-hashes.ts';

export interface VideoMatchOptions {
  /** Frames match within this PDQ distance. */
  distance: number;
  /** Frames below this quality are ignored on both sides. */
  quality: number;
}

export const DEFAULT_VIDEO_MATCH: VideoMatchOptions = Object.freeze({ distance: 31, quality: 50 });

export interface VideoMatch {
  /** Share of the query's usable frames that have a match in the target (0..1). */
  queryShare: number;
  /** Share of the target's usable frames that have a match in the query (0..1). */
  targetShare: number;
  queryFrames: number;
  targetFrames: number;
}

function share(from: readonly FrameHash[], to: readonly FrameHash[], distance: number): number {
  if (from.length === 0) return 0;
  let hit = 0;
  for (const f of from) if (to.some((t) => hammingDistance(f.pdq, t.pdq) <= distance)) hit++;
  return hit / from.length;
}

/** vPDQ-style comparison of two videos as bags of frame hashes. */
export function matchVideos(
  query: readonly FrameHash[],
  target: readonly FrameHash[],
  opts: VideoMatchOptions = DEFAULT_VIDEO_MATCH,
): VideoMatch {
  const q = query.filter((f) => f.quality >= opts.quality);
  const t = target.filter((f) => f.quality >= opts.quality);
  return {
    queryShare: share(q, t, opts.distance),
    targetShare: share(t, q, opts.distance),
    queryFrames: q.length,
    targetFrames: t.length,
  };
}
