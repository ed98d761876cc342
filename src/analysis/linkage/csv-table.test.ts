import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from './csv-table.ts';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line\nbreak",\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line\nbreak', ''],
    ]);
  });
  it('reads a last line without newline and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
  it('round-trips through writeCsv', () => {
    const rows = [
      ['id', 'name'],
      ['1', 'Smith, John'],
      ['2', 'He said "no"'],
      ['3', ' padded '],
    ];
    expect(parseCsv(writeCsv(rows))).toEqual(rows);
  });
  it('gives the same rows whatever the line ending', () => {
    const lf = 'a,b\n1,2\n';
    expect(parseCsv(lf.replace(/\n/g, '\r\n'))).toEqual(parseCsv(lf));
  });
});
