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
  /** Anything else (booleans, objects): JSON in the text. */
  Json = 3,
  /** A list of strings: its length in the numbers, its items in the text. */
  List = 4,
}

/**
 * Packs a batch; null when a record lacks one of the first record's fields (records of a kind come
 * from one normaliser and share one shape, so this does not happen in practice).
 */
export function packBatch(batch: Batch): PackedBatch | null {
  const { records } = batch;
  const fields = records.length > 0 ? Object.keys(records[0]!.record) : [];
  const width = fields.length;
  const tags = new Uint8Array(records.length * width);
  const parts: string[] = [];
  // upper bounds: every field a string or a number, plus each key (lists grow them below)
  let ends = new Uint32Array(records.length * (width + 2));
  const numbers = new Float64Array(records.length * width);
  let at = 0;
  let e = 0;
  let n = 0;
  for (let i = 0; i < records.length; i++) {
    const { key, record } = records[i]!;
    const values = record as unknown as Record<string, unknown>;
    if (ends.length - e < 4 * width + 4) ends = grown(ends);
    parts.push(key);
    ends[e++] = at += key.length;
    for (let j = 0; j < width; j++) {
      const v = values[fields[j]!];
      const t = i * width + j;
      if (typeof v === 'string') {
        tags[t] = Tag.Text;
        parts.push(v);
        ends[e++] = at += v.length;
      } else if (typeof v === 'number') {
        tags[t] = Tag.Number;
        numbers[n++] = v;
      } else if (v === null) tags[t] = Tag.Null;
      else if (v === undefined) return null;
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
        tags[t] = Tag.List;
        numbers[n++] = v.length;
        for (const x of v) {
          if (e === ends.length) ends = grown(ends);
          parts.push(x);
          ends[e++] = at += x.length;
        }
      } else {
        tags[t] = Tag.Json;
        const json = JSON.stringify(v);
        parts.push(json);
        ends[e++] = at += json.length;
      }
    }
  }
  return {
    count: records.length,
    fields,
    tags,
    text: parts.join(''),
    ends: ends.slice(0, e),
    numbers: numbers.slice(0, n),
    lines: Uint32Array.from(records, (r) => r.line),
    quarantined: batch.quarantined,
    rowsRead: batch.rowsRead,
  };
}

const grown = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
  const b = new Uint32Array(a.length * 2 + 64);
  b.set(a);
  return b;
};

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
              : tag === Tag.List
                ? Array.from({ length: numbers[n++]! }, nextText)
                : JSON.parse(nextText());
    }
    records[i] = { key, record: record as unknown as CaseRecord, line: p.lines[i]! };
  }
  return { records, quarantined: p.quarantined, rowsRead: p.rowsRead };
}
