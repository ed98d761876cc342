import type { CaseRecord, KeyedRecord } from '../core/records.ts';
import type { Batch } from './read-batches.ts';

/**
 * A batch in a form that crosses from the parse worker to the storing thread cheaply. Structured
 * cloning twenty thousand record objects costs the storing thread more than storing them; here every
 * string of the batch travels as one string (sliced apart again without copying), numbers and lines
 * in transferred typed arrays.
 */
export interface PackedBatch {
  readonly count: number;
  /** Field names of every record, in order; a batch whose records differ in shape is not packed. */
  readonly fields: readonly string[];
  /** Per record per field: how its value is kept (see Tag). */
  readonly tags: Uint8Array;
  /** Every string value and key, concatenated; `ends` gives where each ends. */
  readonly text: string;
  readonly ends: Uint32Array;
  readonly numbers: Float64Array;
  readonly lines: Uint32Array;
  readonly quarantined: Batch['quarantined'];
  readonly rowsRead: number;
}

const enum Tag {
  Text = 0,
  Number = 1,
  Null = 2,
  /** Anything else (string lists, booleans): JSON in the text. */
  Json = 3,
}

/** Packs a batch; null when its records do not all have the first record's fields in order. */
export function packBatch(batch: Batch): PackedBatch | null {
  const { records } = batch;
  const fields = records.length > 0 ? Object.keys(records[0]!.record) : [];
  const width = fields.length;
  const tags = new Uint8Array(records.length * width);
  const parts: string[] = [];
  const ends: number[] = [];
  const numbers: number[] = [];
  let at = 0;
  const text = (s: string): void => {
    parts.push(s);
    ends.push((at += s.length));
  };
  for (let i = 0; i < records.length; i++) {
    const { key, record } = records[i]!;
    const values = record as unknown as Record<string, unknown>;
    const keys = Object.keys(values);
    if (keys.length !== width || keys.some((k, j) => k !== fields[j])) return null;
    text(key);
    for (let j = 0; j < width; j++) {
      const v = values[fields[j]!];
      const t = i * width + j;
      if (typeof v === 'string') {
        tags[t] = Tag.Text;
        text(v);
      } else if (typeof v === 'number') {
        tags[t] = Tag.Number;
        numbers.push(v);
      } else if (v === null) tags[t] = Tag.Null;
      else {
        tags[t] = Tag.Json;
        text(JSON.stringify(v));
      }
    }
  }
  return {
    count: records.length,
    fields,
    tags,
    text: parts.join(''),
    ends: Uint32Array.from(ends),
    numbers: Float64Array.from(numbers),
    lines: Uint32Array.from(records, (r) => r.line),
    quarantined: batch.quarantined,
    rowsRead: batch.rowsRead,
  };
}

/** The typed arrays a packed batch can hand over instead of copying. */
export const transferablesOf = (p: PackedBatch): ArrayBuffer[] =>
  [p.tags.buffer, p.ends.buffer, p.numbers.buffer, p.lines.buffer] as ArrayBuffer[];

export function unpackBatch(p: PackedBatch): Batch {
  const { fields, tags, text, ends, numbers } = p;
  const width = fields.length;
  const records: KeyedRecord[] = new Array<KeyedRecord>(p.count);
  let s = 0;
  let from = 0;
  let n = 0;
  const nextText = (): string => {
    const to = ends[s++]!;
    const v = text.slice(from, to);
    from = to;
    return v;
  };
  for (let i = 0; i < p.count; i++) {
    const key = nextText();
    const record: Record<string, unknown> = {};
    for (let j = 0; j < width; j++) {
      const tag = tags[i * width + j] as Tag;
      record[fields[j]!] =
        tag === Tag.Text
          ? nextText()
          : tag === Tag.Number
            ? numbers[n++]
            : tag === Tag.Null
              ? null
              : JSON.parse(nextText());
    }
    records[i] = { key, record: record as unknown as CaseRecord, line: p.lines[i]! };
  }
  return { records, quarantined: p.quarantined, rowsRead: p.rowsRead };
}
