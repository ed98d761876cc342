import { statSync } from 'node:fs';
import type { RecordKind } from '../core/records.ts';
import type { ColumnMap } from '../bundle/columns.ts';
import type { Store } from '../store/store.ts';
import { findFiles, type FoundFile } from './find-files.ts';
import { sumCounts, type FileReport, type IngestReport } from './ingest-report.ts';
import { inlineParser, workerParser, type Parser } from './parse-pool.ts';

export interface IngestOptions {
  readonly zone?: string;
  readonly map?: ColumnMap;
  readonly kind?: RecordKind;
  readonly batchSize?: number;
  /** Parse in a worker thread (default) so parsing overlaps storing; false parses on this thread. */
  readonly worker?: boolean;
  /** Called as rows are stored: the file and the rows read so far in it. */
  readonly onProgress?: (file: string, rowsRead: number) => void;
}

/**
 * The ingest stage: finds and classifies files, parses each (off this thread), stores batches
 * transactionally, and reports per file `rows_read = rows_stored + rows_quarantined + duplicates`.
 * A file that fails part-way gets one error in its report; the other files are still ingested.
 */
export async function ingest(
  store: Store,
  paths: readonly string[],
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const found = findFiles(paths, opts.kind);
  const runId = await store.startRun(`ingest ${paths.join(' ')}`);
  const parser: Parser = opts.worker === false ? inlineParser() : workerParser();
  const files: FileReport[] = [];
  const sourceIds: (number | null)[] = [];
  const skipped: { path: string; reason: string }[] = [];
  let mediaFiles = 0;
  const messageBytes = found
    .filter((f) => f.class.type === 'records' && f.class.kind === 'messages')
    .reduce((sum, f) => sum + fileSize(f.path), 0);
  await store.prepareIngest(messageBytes);
  try {
    for (const f of found) {
      if (f.class.type === 'skip') skipped.push({ path: f.rel, reason: f.class.reason });
      else if (f.class.type === 'media') mediaFiles++;
      else {
        const { report, sourceId } = await ingestFile(store, runId, parser, f, f.class, opts);
        files.push(report);
        sourceIds.push(sourceId);
      }
    }
    if (mediaFiles > 0)
      skipped.push({
        path: 'media/',
        reason: `${mediaFiles} media files: hashed by the media stage, not read as records`,
      });
    // a bulk load finds its duplicates only now: move them from stored to duplicates
    // (the later rows are the ones removed, so a source read twice is corrected from its last file)
    const duplicates = new Map(await store.finalizeIngest(runId));
    for (let i = files.length - 1; i >= 0; i--) {
      const source = sourceIds[i] ?? -1;
      const n = Math.min(duplicates.get(source) ?? 0, files[i]!.rows_stored);
      if (n === 0) continue;
      duplicates.set(source, duplicates.get(source)! - n);
      files[i] = {
        ...files[i]!,
        rows_stored: files[i]!.rows_stored - n,
        duplicates: files[i]!.duplicates + n,
      };
    }
  } finally {
    await parser.close();
  }
  const report: IngestReport = { run_id: runId, files, totals: sumCounts(files), skipped_files: skipped };
  await store.finishRun(runId, files.some((f) => f.error !== null) ? 'failed' : 'ok', report);
  return report;
}

async function ingestFile(
  store: Store,
  runId: number,
  parser: Parser,
  f: FoundFile,
  cls: Extract<FoundFile['class'], { type: 'records' }>,
  opts: IngestOptions,
): Promise<{ report: FileReport; sourceId: number | null }> {
  const counts = { rows_read: 0, rows_stored: 0, rows_quarantined: 0, duplicates: 0 };
  let sourceId: number | null = null;
  let sha256: string | null = null;
  let error: string | null = null;
  const job = {
    path: f.path,
    kind: cls.kind,
    format: cls.format,
    gzip: cls.gzip,
    zone: opts.zone,
    map: [...(opts.map ?? new Map<string, string>())],
    batchSize: opts.batchSize ?? 20_000,
  };
  for await (const event of parser.parse(job)) {
    if (event.type === 'source') {
      sha256 = event.sha256;
      sourceId = await store.registerSource(runId, { path: f.rel, sha256, size: event.size, kind: cls.kind });
    } else if (event.type === 'batch') {
      const { batch } = event;
      const r = await store.writeBatch(sourceId!, cls.kind, batch.records, batch.quarantined);
      counts.rows_read += batch.rowsRead;
      counts.rows_stored += r.stored;
      counts.duplicates += r.duplicates;
      counts.rows_quarantined += r.quarantined;
      opts.onProgress?.(f.rel, counts.rows_read);
    } else {
      error = `${f.rel}: ${event.message}`;
    }
  }
  if (sourceId !== null) await store.finishSource(runId, sourceId, counts, error);
  return { report: { path: f.rel, sha256, kind: cls.kind, ...counts, error }, sourceId };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
