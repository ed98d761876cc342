import { CsvParser, type CsvRow } from './csv-parser.ts';

/** A data row of a CSV file, by header name, or the reason it cannot be read. */
export type SourceRow =
  | {
      readonly ok: true;
      readonly line: number;
      readonly raw: string;
      readonly values: ReadonlyMap<string, unknown>;
    }
  | { readonly ok: false; readonly line: number; readonly raw: string; readonly reason: string };

/**
 * Turns CSV text into rows keyed by header. Push-based like the parser beneath it.
 *
 * Recovery: an unbalanced quote makes a parser swallow the lines after it. When a row that spans
 * several physical lines has the wrong number of fields, text after a closing quote, or a quote never closed, its first line
 * is quarantined and the lines after it are parsed again, so one bad quote costs one row.
 */
export class CsvRecordReader {
  private readonly parser = new CsvParser();
  private header: string[] | null = null;

  push(chunk: string): SourceRow[] {
    return this.rows(this.parser.push(chunk));
  }

  end(): SourceRow[] {
    return this.rows(this.parser.end());
  }

  /** Header names as read (trimmed, lower-cased, BOM removed); null before the first row. */
  columns(): readonly string[] | null {
    return this.header;
  }

  private rows(parsed: CsvRow[]): SourceRow[] {
    const out: SourceRow[] = [];
    for (const row of parsed) this.accept(row, 0, out);
    return out;
  }

  private accept(row: CsvRow, lineOffset: number, out: SourceRow[]): void {
    const line = row.startLine + lineOffset;
    if (this.header === null) {
      this.header = row.fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim().toLowerCase());
      return;
    }
    const width = this.header.length;
    const spans = row.endLine > row.startLine;
    if (spans && (row.unterminated || row.strayQuote || row.fields.length !== width)) {
      this.recover(row.raw, line, out);
      return;
    }
    if (row.unterminated)
      return void out.push(bad(line, row.raw, 'unbalanced quote: a quoted field is never closed'));
    if (row.strayQuote)
      return void out.push(bad(line, row.raw, 'unbalanced quote: text follows a closing quote'));
    if (row.fields.length !== width)
      return void out.push(
        bad(line, row.raw, `wrong number of columns: ${row.fields.length} where the header has ${width}`),
      );
    if (row.raw.includes('\uFFFD')) return void out.push(bad(line, row.raw, 'invalid UTF-8'));
    const values = new Map<string, unknown>();
    for (let i = 0; i < width; i++) values.set(this.header[i]!, row.fields[i]);
    out.push({ ok: true, line, raw: row.raw, values });
  }

  /** Quarantines the first physical line of `raw` and parses the lines after it afresh. */
  private recover(raw: string, line: number, out: SourceRow[]): void {
    const nl = raw.indexOf('\n');
    const first = nl === -1 ? raw : raw.slice(0, nl).replace(/\r$/, '');
    out.push(bad(line, first, 'unbalanced quote: a quoted field runs into the following lines'));
    if (nl === -1) return;
    const sub = new CsvParser();
    const rest = [...sub.push(raw.slice(nl + 1)), ...sub.end()];
    for (const r of rest) this.accept(r, line, out);
  }
}

function bad(line: number, raw: string, reason: string): SourceRow {
  return { ok: false, line, raw, reason };
}
