import { VigilError } from '../core/errors.ts';
import { sha256Hex } from '../core/hash.ts';
import type { KeyedRecord, QuarantinedRow, RecordKind } from '../core/records.ts';
import type { ColumnMap } from '../bundle/columns.ts';
import type { SourceRow } from '../bundle/csv-records.ts';
import { normalizeRow } from '../bundle/normalize/normalize-row.ts';
import { REQUIRED_COLUMNS } from '../bundle/required-columns.ts';
import { rowReader } from '../bundle/row-reader.ts';

export interface ReadOptions {
  readonly zone: string | undefined;
  readonly map: ColumnMap;
  readonly batchSize: number;
}

/** A slice of a file, ready to store in one transaction. */
export interface Batch {
  readonly records: KeyedRecord[];
  readonly quarantined: QuarantinedRow[];
  /** Data rows read into this batch: records + quarantined. */
  readonly rowsRead: number;
}

/**
 * Text chunks of one file → batches of normalised records and quarantined rows.
 * Stage of the ingest pipeline: pulls as fast as the consumer takes batches.
 */
export async function* readBatches(
  chunks: AsyncIterable<string>,
  format: 'csv' | 'jsonl',
  kind: RecordKind,
  opts: ReadOptions,
): AsyncGenerator<Batch> {
  const reader = rowReader(format);
  let records: KeyedRecord[] = [];
  let quarantined: QuarantinedRow[] = [];
  let headerChecked = false;

  const take = (rows: SourceRow[]): void => {
    if (!headerChecked && reader.columns() !== null) {
      checkHeader(reader.columns()!, kind, opts.map);
      headerChecked = true;
    }
    for (const row of rows) {
      if (!row.ok) {
        quarantined.push({ line: row.line, raw: row.raw, reason: row.reason });
        continue;
      }
      const n = normalizeRow(kind, row.values, opts);
      if (n.ok) records.push({ key: sha256Hex(`${kind}\u001f${n.key}`), record: n.record, line: row.line });
      else quarantined.push({ line: row.line, raw: row.raw, reason: n.reason });
    }
  };
  const flush = (): Batch => {
    const b = { records, quarantined, rowsRead: records.length + quarantined.length };
    records = [];
    quarantined = [];
    return b;
  };

  for await (const chunk of chunks) {
    take(reader.push(chunk));
    if (records.length + quarantined.length >= opts.batchSize) yield flush();
  }
  take(reader.end());
  if (format === 'csv' && !headerChecked) throw new VigilError('the file is empty: it has no header row');
  if (records.length + quarantined.length > 0) yield flush();
}

function checkHeader(columns: readonly string[], kind: RecordKind, map: ColumnMap): void {
  const have = new Set(columns);
  const missing = REQUIRED_COLUMNS[kind].filter((c) => !have.has(map.get(c) ?? c));
  if (missing.length > 0)
    throw new VigilError(
      `it has no column ${missing.join(', ')} (found: ${columns.join(', ')}); name the right one with --map ${missing[0]}=Header`,
    );
}
