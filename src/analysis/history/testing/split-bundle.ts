import { createWriteStream, mkdirSync, readdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { CsvParser, type CsvRow } from '../../../bundle/csv-parser.ts';
import { textChunks } from '../../../ingest/text-chunks.ts';

/** One data row of a bundle file, by column name. */
export type Row = Readonly<Record<string, string>>;

/** Which file a row is in: its name without the number and extension (`messages`, `ip_events`, …). */
export type FileKind = string;

const kindOf = (file: string): FileKind => file.replace(/(-\d+)?\.csv$/, '');

/**
 * Splits a CSV bundle (not its truth/) into two bundles, as a first seizure and a later one: each
 * row goes to `second` when `later(kind, row)` says so, else to `first`. Streams each file, so a
 * seed-scale bundle (ten million messages) splits in flat memory. Returns the rows moved, by kind.
 */
export async function splitBundle(
  bundle: string,
  first: string,
  second: string,
  later: (kind: FileKind, row: Row) => boolean,
): Promise<Map<FileKind, Row[]>> {
  mkdirSync(first, { recursive: true });
  mkdirSync(second, { recursive: true });
  const moved = new Map<FileKind, Row[]>();
  for (const file of readdirSync(bundle)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const kind = kindOf(file);
    const a = createWriteStream(join(first, file));
    let b: WriteStream | null = null;
    let header: CsvRow | null = null;
    const take = async (rows: CsvRow[]): Promise<void> => {
      for (const r of rows) {
        if (header === null) {
          header = r;
          await write(a, r.raw);
          continue;
        }
        if (r.raw === '') continue;
        const row: Row = Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i] ?? '']));
        if (!later(kind, row)) await write(a, r.raw);
        else {
          if (b === null) await write((b = createWriteStream(join(second, file))), header.raw);
          await write(b, r.raw);
          (moved.get(kind) ?? moved.set(kind, []).get(kind)!).push(row);
        }
      }
    };
    const parser = new CsvParser();
    for await (const chunk of textChunks(join(bundle, file), false)) await take(parser.push(chunk));
    await take(parser.end());
    await Promise.all([a, b].filter((s) => s !== null).map(async (s) => (s.end(), once(s, 'finish'))));
  }
  return moved;
}

/** Writes a line, waiting when the stream's buffer is full. */
async function write(s: WriteStream, line: string): Promise<void> {
  if (!s.write(line + '\n')) await once(s, 'drain');
}
