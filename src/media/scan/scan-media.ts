import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mediaError } from '../decode/media-error.ts';
import { sniffMediaType } from '../decode/sniff-media-type.ts';
import { fileDigests } from '../digest/file-digests.ts';
import { hashFile, type HashFileOptions } from '../hash-file.ts';
import { resumeKey, type MediaResult } from '../media-result.ts';
import type { HashReply, HashTask } from './hash-worker.ts';
import { ProcessPool, type PoolLimits, type TaskOutcome } from './process-pool.ts';
import { walkFiles, type WalkedFile } from './walk-files.ts';

export interface ScanOptions extends PoolLimits {
  /** Resume: files whose `resumeKey` (path, size, mtime) is in here are skipped. */
  done?: ReadonlySet<string>;
  hash?: Partial<HashFileOptions>;
}

export const DEFAULT_SCAN: ScanOptions = Object.freeze({
  workers: availableParallelism(),
  taskTimeoutMs: 180_000,
  maxRssMb: 2048,
  maxHeapMb: 1024,
  // one file's digests, PDQ and EXIF (JavaScript) overlap the next one's decode (libvips)
  perProcess: 2,
});

const WORKER = fileURLToPath(new URL('./hash-worker.ts', import.meta.url));

/** What is known of a file whose hashing process was killed: digests and type, and why. */
async function failedResult(
  f: WalkedFile,
  outcome: Extract<TaskOutcome<HashReply>, { ok: false }>,
  ms: number,
): Promise<MediaResult> {
  const d = await fileDigests(f.path).catch(() => ({ md5: '', sha1: '', sha256: '', size: f.size }));
  let head = Buffer.alloc(0);
  try {
    const fh = await open(f.path, 'r');
    head = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(head, 0, 4096, 0);
    head = head.subarray(0, bytesRead);
    await fh.close();
  } catch {
    // digests above already say what could be read
  }
  const { mime, kind } = sniffMediaType(head);
  return {
    file: f.rel,
    size: d.size,
    mtimeMs: f.mtimeMs,
    md5: d.md5,
    sha1: d.sha1,
    sha256: d.sha256,
    mime,
    kind,
    pdq: null,
    quality: null,
    width: null,
    height: null,
    exif: null,
    error: mediaError(outcome.reason, outcome.message),
    ms,
  };
}

/**
 * Hashes every file under `dir`, in parallel child processes (one per core by default), each
 * with a time and memory limit, yielding one result per file as it completes. Files already in
 * `done` are skipped, so an interrupted scan resumes. `workers: 0` hashes in this process.
 */
export async function* scanMedia(
  dir: string,
  options: Partial<ScanOptions> = {},
): AsyncGenerator<MediaResult> {
  const opts = { ...DEFAULT_SCAN, ...options };
  const hashOpts = opts.hash ?? {};
  if (opts.workers === 0) {
    for await (const f of walkFiles(dir)) {
      if (opts.done?.has(resumeKey({ file: f.rel, size: f.size, mtimeMs: f.mtimeMs }))) continue;
      yield await hashFile(f.path, f.rel, hashOpts);
    }
    return;
  }
  const pool = new ProcessPool<HashTask, HashReply>(WORKER, opts);
  const inflight = new Map<number, Promise<{ id: number; result: MediaResult }>>();
  let nextId = 0;
  const start = (f: WalkedFile) => {
    const id = nextId++;
    const started = Date.now();
    const p = pool.run({ id, path: f.path, label: f.rel, options: hashOpts }).then(async (o) => {
      if (o.ok && o.value.result) return { id, result: o.value.result };
      const failure: Extract<TaskOutcome<HashReply>, { ok: false }> = o.ok
        ? { ok: false, reason: 'crashed', message: o.value.failure ?? 'no result' }
        : o;
      return { id, result: await failedResult(f, failure, Date.now() - started) };
    });
    inflight.set(id, p);
  };
  try {
    for await (const f of walkFiles(dir)) {
      if (opts.done?.has(resumeKey({ file: f.rel, size: f.size, mtimeMs: f.mtimeMs }))) continue;
      start(f);
      while (inflight.size >= opts.workers * ((opts.perProcess ?? 1) + 1)) {
        const { id, result } = await Promise.race(inflight.values());
        inflight.delete(id);
        yield result;
      }
    }
    while (inflight.size) {
      const { id, result } = await Promise.race(inflight.values());
      inflight.delete(id);
      yield result;
    }
  } finally {
    pool.close();
  }
}
