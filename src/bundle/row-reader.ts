import { CsvRecordReader, type SourceRow } from './csv-records.ts';
import { JsonlRecordReader } from './jsonl-records.ts';

/** The push interface both text formats share. */
export interface RowReader {
  push(chunk: string): SourceRow[];
  end(): SourceRow[];
  /** Header names, for formats that have a header; null until read or when the format has none. */
  columns(): readonly string[] | null;
}

export function rowReader(format: 'csv' | 'jsonl'): RowReader {
  if (format === 'csv') return new CsvRecordReader();
  const r = new JsonlRecordReader();
  return { push: (c) => r.push(c), end: () => r.end(), columns: () => null };
}
