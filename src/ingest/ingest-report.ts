import type { RecordKind } from '../core/records.ts';
import type { FileCounts } from '../store/store.ts';

/** The run report, per shared/spec/cli.md (`vigil ingest --json`); `error` is null for a whole file. */
export interface FileReport extends FileCounts {
  readonly path: string;
  readonly sha256: string | null;
  readonly kind: RecordKind;
  readonly error: string | null;
}

export interface IngestReport {
  readonly run_id: number;
  readonly files: FileReport[];
  readonly totals: FileCounts;
  readonly skipped_files: { path: string; reason: string }[];
}

export function sumCounts(files: readonly FileCounts[]): FileCounts {
  const t = { rows_read: 0, rows_stored: 0, rows_quarantined: 0, duplicates: 0 };
  for (const f of files) {
    t.rows_read += f.rows_read;
    t.rows_stored += f.rows_stored;
    t.rows_quarantined += f.rows_quarantined;
    t.duplicates += f.duplicates;
  }
  return t;
}
