import { describe, expect, it } from 'vitest';
import { CsvRecordReader, type SourceRow } from './csv-records.ts';

function read(text: string): SourceRow[] {
  const r = new CsvRecordReader();
  return [...r.push(text), ...r.end()];
}

describe('CsvRecordReader', () => {
  it('maps fields by header, matching names case-insensitively and trimmed, dropping a BOM', () => {
    const [row] = read('\uFEFF Platform ,HANDLE\nskype,alice\n');
    expect(row).toMatchObject({ ok: true, line: 2 });
    expect(row!.ok && Object.fromEntries(row!.values)).toEqual({ platform: 'skype', handle: 'alice' });
  });

  it('costs one row for an unbalanced quote and reads the rest of the file', () => {
    const rows = read('a,b,c\n1,"open,3\n2,x,3\n3,"q, ok",3\n4,y,3\n');
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(rows[0]).toMatchObject({ raw: '1,"open,3', reason: expect.stringContaining('unbalanced quote') });
  });

  it('quarantines wrong column counts and invalid UTF-8 with their line', () => {
    const rows = read('a,b\n1,2,3\n1\nok,\uFFFD\n');
    expect(rows.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'wrong number of columns: 3 where the header has 2',
      'wrong number of columns: 1 where the header has 2',
      'invalid UTF-8',
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
  });
});
