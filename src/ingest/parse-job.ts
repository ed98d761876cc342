import type { RecordKind } from '../core/records.ts';
import { messageOf } from '../core/errors.ts';
import { fileDigest } from './file-digest.ts';
import { readBatches, type Batch } from './read-batches.ts';
import { textChunks } from './text-chunks.ts';

/** One file to read: what the parse stage needs to know, in a form a worker thread can receive. */
export interface ParseJob {
  readonly path: string;
  readonly kind: RecordKind;
  readonly format: 'csv' | 'jsonl';
  readonly gzip: boolean;
  readonly zone: string | undefined;
  readonly map: readonly (readonly [string, string])[];
  readonly batchSize: number;
}

export type ParseEvent =
  | { readonly type: 'source'; readonly sha256: string; readonly size: number }
  | { readonly type: 'batch'; readonly batch: Batch }
  | { readonly type: 'error'; readonly message: string };

/**
 * Reads one file: its digest first (provenance), then its batches. A failure part-way (a truncated
 * .gz, a file that vanished) ends the events with one error; batches before it stand.
 */
export async function* parseFile(job: ParseJob): AsyncGenerator<ParseEvent> {
  try {
    const { sha256, size } = await fileDigest(job.path);
    yield { type: 'source', sha256, size };
    const opts = { zone: job.zone, map: new Map(job.map), batchSize: job.batchSize };
    for await (const batch of readBatches(textChunks(job.path, job.gzip), job.format, job.kind, opts))
      yield { type: 'batch', batch };
  } catch (e) {
    yield { type: 'error', message: describeReadError(e) };
  }
}

function describeReadError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'the file is gone (it vanished during the run)';
  if (code === 'EACCES') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(messageOf(e)))
    return 'the gzip stream is truncated (unexpected end of file); rows before the break were read';
  if (code === 'Z_DATA_ERROR') return `the gzip data is corrupt (${messageOf(e)})`;
  return messageOf(e);
}
