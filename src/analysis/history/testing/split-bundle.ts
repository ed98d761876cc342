import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvParser } from '../../../bundle/csv-parser.ts';

/** One data row of a bundle file, by column name. */
export type Row = Readonly<Record<string, string>>;

/** Which file a row is in: its name without the number and extension (`messages`, `ip_events`, …). */
export type FileKind = string;

const kindOf = (file: string): FileKind => file.replace(/(-\d+)?\.csv$/, '');

/** Every data row of a CSV bundle file, by column name, with its raw text. */
export function readRows(path: string): { header: string; rows: { row: Row; raw: string }[] } {
  const p = new CsvParser();
  const all = [...p.push(readFileSync(path, 'utf8')), ...p.end()];
  const [head, ...rest] = all;
  if (head === undefined) return { header: '', rows: [] };
  return {
    header: head.raw,
    rows: rest
      .filter((r) => r.raw !== '')
      .map((r) => ({
        row: Object.fromEntries(head.fields.map((h, i) => [h, r.fields[i] ?? ''])),
        raw: r.raw,
      })),
  };
}

/**
 * Splits a CSV bundle (not its truth/) into two bundles, as a first seizure and a later one: each
 * row goes to `second` when `later(kind, row)` says so, else to `first`. Returns the rows moved,
 * by kind.
 */
export function splitBundle(
  bundle: string,
  first: string,
  second: string,
  later: (kind: FileKind, row: Row) => boolean,
): Map<FileKind, Row[]> {
  mkdirSync(first, { recursive: true });
  mkdirSync(second, { recursive: true });
  const moved = new Map<FileKind, Row[]>();
  for (const file of readdirSync(bundle).filter((f) => f.endsWith('.csv'))) {
    const { header, rows } = readRows(join(bundle, file));
    const kind = kindOf(file);
    const a: string[] = [header];
    const b: string[] = [header];
    for (const { row, raw } of rows) {
      if (later(kind, row)) {
        b.push(raw);
        (moved.get(kind) ?? moved.set(kind, []).get(kind)!).push(row);
      } else a.push(raw);
    }
    writeFileSync(join(first, file), a.join('\n') + '\n');
    if (b.length > 1) writeFileSync(join(second, file), b.join('\n') + '\n');
  }
  return moved;
}
