import { join } from 'node:path';
import type { Store } from '../../store/store.ts';
import { MediaTally } from '../scan/media-tally.ts';
import { scanMedia, type ScanOptions } from '../scan/scan-media.ts';
import { mediaFileInput } from './media-file-input.ts';
import type { MediaFileInput } from '../../store/media.ts';

export interface HashBundleOptions {
  readonly scan?: Partial<ScanOptions>;
  /** Files stored per transaction. */
  readonly batch?: number;
  readonly onFile?: (path: string, done: number) => void;
}

/**
 * Hashes every file under `root/media/` into the case, in parallel processes with per-file limits,
 * streaming results into the store in batches. Files already stored with the same path, size and
 * modification time are skipped, so a re-run (or a run after a crash) only hashes what is new.
 * Returns the tally of what this run hashed and `skipped`, the files it found already done.
 */
export async function hashBundleMedia(
  store: Store,
  runId: number,
  root: string,
  opts: HashBundleOptions = {},
): Promise<{ tally: MediaTally; skipped: number }> {
  const done = new CountingSet(await store.media.resumeKeys(root));
  const tally = new MediaTally();
  const batchSize = opts.batch ?? 64;
  let batch: MediaFileInput[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await store.media.putFiles(runId, root, batch);
    batch = [];
  };
  let hashed = 0;
  for await (const r of scanMedia(join(root, 'media'), { ...opts.scan, done })) {
    tally.add(r);
    batch.push(mediaFileInput(r));
    opts.onFile?.(r.file, ++hashed);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { tally, skipped: done.hits };
}

/** The resume keys, counting how many files the scan found already done. */
class CountingSet extends Set<string> {
  hits = 0;
  override has(key: string): boolean {
    const found = super.has(key);
    if (found) this.hits++;
    return found;
  }
}
