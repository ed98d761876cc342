/**
 * Malformed rows planted with `--bad-rows`: every kind ingest must quarantine, spread through
 * the files at deterministic positions, each listed in truth/bad_rows.csv by file, 1-based
 * physical line and reason. An unbalanced quote swallows the rest of a file in any RFC 4180
 * reader, so it is only ever planted as a file's last line.
 */
import type { CsvFile } from './csv.ts';
import { csvLine } from './csv.ts';

export const BAD_ROW_REASONS = [
  'unbalanced_quote',
  'wrong_column_count',
  'missing_required_field',
  'unparseable_timestamp',
  'naive_timestamp',
  'bad_ip',
  'non_numeric_amount',
  'unknown_country',
  'unknown_currency',
  'invalid_utf8',
] as const;
export type BadRowReason = (typeof BAD_ROW_REASONS)[number];

export interface BadRow {
  readonly file: string;
  readonly line: number;
  readonly reason: BadRowReason;
}

/** A row maker: given a serial number, the raw fields (or bytes) of one malformed row. */
export type BadRowMaker = (n: number) => readonly string[] | Buffer;

interface Pending {
  readonly atRow: number;
  readonly reason: BadRowReason;
  readonly make: BadRowMaker;
}

export class BadRowPlanter {
  readonly planted: BadRow[] = [];
  private readonly pending = new Map<CsvFile, Pending[]>();
  private serial = 0;

  constructor(readonly enabled: boolean) {}

  /** Schedules rows for a file, spread evenly over `expectedRows`. */
  schedule(
    file: CsvFile,
    expectedRows: number,
    rows: readonly (readonly [BadRowReason, BadRowMaker])[],
  ): void {
    if (!this.enabled) return;
    const list = rows.map(([reason, make], i) => ({
      atRow: Math.floor(((i + 1) * Math.max(expectedRows, rows.length + 1)) / (rows.length + 1)),
      reason,
      make,
    }));
    this.pending.set(file, list);
  }

  /** Plants whatever is due after the file's current row count. */
  tick(file: CsvFile, name: string): void {
    const list = this.pending.get(file);
    if (list === undefined) return;
    while (list.length > 0 && (list[0] as Pending).atRow <= file.rows)
      this.plant(file, name, list.shift() as Pending);
  }

  /** Plants everything still due, then an unbalanced-quote line when asked (the file's last line). */
  finish(file: CsvFile, name: string, unbalanced: ((n: number) => string) | null): void {
    if (!this.enabled) return;
    const list = this.pending.get(file) ?? [];
    while (list.length > 0) this.plant(file, name, list.shift() as Pending);
    if (unbalanced !== null) {
      const line = file.pushLine(unbalanced(++this.serial));
      this.planted.push({ file: name, line, reason: 'unbalanced_quote' });
    }
  }

  private plant(file: CsvFile, name: string, p: Pending): void {
    const raw = p.make(++this.serial);
    const line = Buffer.isBuffer(raw) ? file.pushBytes(raw) : file.pushLine(csvLine(raw));
    this.planted.push({ file: name, line, reason: p.reason });
  }
}

/** A line whose last field opens a quote that never closes. */
export function unbalancedLine(fields: readonly string[], openField: string): string {
  return `${fields.map((f) => csvLine([f]).slice(0, -1)).join(',')},"${openField}\n`;
}

/** A CSV line with invalid UTF-8 bytes (a lone continuation byte and a truncated sequence) in a field. */
export function invalidUtf8Line(before: readonly string[], text: string, after: readonly string[]): Buffer {
  const head = Buffer.from(before.length > 0 ? `${csvLine(before).slice(0, -1)},` : '', 'utf8');
  const mid = Buffer.concat([
    Buffer.from(text.slice(0, 4), 'utf8'),
    Buffer.from([0xc3, 0x28, 0x80]),
    Buffer.from(text.slice(4), 'utf8'),
  ]);
  const tail = Buffer.from(after.length > 0 ? `,${csvLine(after)}` : '\n', 'utf8');
  return Buffer.concat([head, mid, tail]);
}
