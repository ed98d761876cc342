import type { MediaMatch, StoredMediaFile } from '../../store/media.ts';
import type { Store } from '../../store/store.ts';
import { KnownHashMatcher, type MatchOptions } from '../lists/known-hash-matcher.ts';
import type { KnownHash } from '../lists/known-hash.ts';

/**
 * Matches every stored file against the known lists (exact digests; PDQ within the distance, of
 * pictures, their rotations and flips, and video frames) and replaces the case's matches. Each
 * (file content, list, category) is kept once, by its strongest evidence.
 */
export async function matchCaseMedia(
  store: Store,
  files: readonly StoredMediaFile[],
  entries: readonly KnownHash[],
  options: Partial<MatchOptions> = {},
): Promise<{ matched: number; knownGood: number }> {
  const matcher = new KnownHashMatcher(entries, options);
  const out = new Map<string, MediaMatch>();
  const matchedFiles = new Set<string>();
  const goodFiles = new Set<string>();
  for (const f of files) {
    if (!f.sha256) continue;
    const found = matcher.match({
      md5: f.md5,
      sha1: f.sha1,
      sha256: f.sha256,
      pdq: f.pdq,
      quality: f.quality,
      pdqTransforms: f.pdq_transforms ?? undefined,
      ...(f.kind === 'video' && f.frames.length > 0 ? { frames: f.frames } : {}),
    });
    for (const m of found) {
      const key = `${f.sha256}|${m.entry.list}|${m.entry.category ?? ''}`;
      if (out.has(key)) continue; // exact digests come first, then PDQ by distance
      out.set(key, {
        sha256: f.sha256,
        list: m.entry.list,
        category: m.entry.category ?? null,
        by: m.by,
        distance: m.distance ?? null,
        known_good: m.entry.knownGood === true,
      });
      (m.entry.knownGood ? goodFiles : matchedFiles).add(f.sha256);
    }
  }
  await store.media.replaceMatches([...out.values()]);
  return { matched: matchedFiles.size, knownGood: goodFiles.size };
}
