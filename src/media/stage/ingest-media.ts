import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { StoredMediaFile } from '../../store/media.ts';
import type { Store } from '../../store/store.ts';
import type { MatchOptions } from '../lists/known-hash-matcher.ts';
import type { MediaSummary } from '../scan/media-tally.ts';
import type { ScanOptions } from '../scan/scan-media.ts';
import { caseKnownHashes, type ListFileReport } from './case-known-hashes.ts';
import { hashBundleMedia } from './hash-bundle-media.ts';
import { linkCaseMedia, type LinkReport } from './link-case-media.ts';
import { matchCaseMedia } from './match-case-media.ts';
import { stackCaseMedia } from './stack-case-media.ts';

/** The media part of an ingest run's report. */
export interface MediaIngestReport {
  /** Files hashed in this run, with how many could not be decoded and why. */
  readonly hashed: MediaSummary;
  /** Files found already stored (same path, size and modification time) and not hashed again. */
  readonly skipped: number;
  /** Every file the case now holds. */
  readonly case_files: number;
  readonly lists: { readonly entries: number; readonly files: readonly ListFileReport[] };
  /** Distinct media (by SHA-256) matching a known list, and matching a known-good list (NSRL). */
  readonly matched: number;
  readonly known_good: number;
  readonly stacks: number;
  readonly links: LinkReport;
  readonly seconds: number;
}

export interface IngestMediaOptions {
  readonly scan?: Partial<ScanOptions>;
  readonly match?: Partial<MatchOptions>;
  readonly onFile?: (path: string, done: number) => void;
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() === true;
}

/**
 * The media stage of `vigil ingest`: hashes the `media/` folder of each bundle into the case
 * (resumable), then matches all the case's media against its known lists, groups near-duplicates
 * and ties media to accounts and messages. Returns null when no bundle has a `media/` or
 * `hashlists/` folder and the case holds no media.
 */
export async function ingestMedia(
  store: Store,
  runId: number,
  bundles: readonly string[],
  opts: IngestMediaOptions = {},
): Promise<MediaIngestReport | null> {
  const started = Date.now();
  const roots: string[] = [];
  for (const b of bundles)
    if ((await isDir(join(b, 'media'))) || (await isDir(join(b, 'hashlists')))) roots.push(resolve(b));
  if (roots.length === 0 && (await store.media.count()).files === 0) return null;
  let skipped = 0;
  let summary: MediaSummary | null = null;
  for (const root of roots) {
    if (!(await isDir(join(root, 'media')))) continue;
    const r = await hashBundleMedia(store, runId, root, { scan: opts.scan, onFile: opts.onFile });
    skipped += r.skipped;
    summary = merge(summary, r.tally.summary());
  }
  const files: StoredMediaFile[] = [];
  for await (const f of store.media.files()) files.push(f);
  const allRoots = [...new Set([...files.map((f) => f.root), ...roots])].sort();
  const lists = await caseKnownHashes(store, allRoots);
  const m = await matchCaseMedia(store, files, lists.entries, opts.match);
  const s = await stackCaseMedia(store, files);
  const links = await linkCaseMedia(store, files);
  return {
    hashed: summary ?? merge(null, null),
    skipped,
    case_files: files.length,
    lists: { entries: lists.entries.length, files: lists.files },
    matched: m.matched,
    known_good: m.knownGood,
    stacks: s.stacks,
    links,
    seconds: +((Date.now() - started) / 1000).toFixed(1),
  };
}

function merge(a: MediaSummary | null, b: MediaSummary | null): MediaSummary {
  const out: MediaSummary = a ?? {
    files: 0,
    bytes: 0,
    images: 0,
    videos: 0,
    other: 0,
    hashed: 0,
    notDecoded: 0,
    byReason: {},
    examples: {},
  };
  if (b === null) return out;
  out.files += b.files;
  out.bytes += b.bytes;
  out.images += b.images;
  out.videos += b.videos;
  out.other += b.other;
  out.hashed += b.hashed;
  out.notDecoded += b.notDecoded;
  for (const [k, v] of Object.entries(b.byReason) as [keyof MediaSummary['byReason'], number][])
    out.byReason[k] = (out.byReason[k] ?? 0) + v;
  for (const [k, v] of Object.entries(b.examples) as [keyof MediaSummary['examples'], string[]][])
    out.examples[k] = [...(out.examples[k] ?? []), ...v].slice(0, 10);
  return out;
}
