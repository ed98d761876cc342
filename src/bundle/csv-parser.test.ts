import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRow } from './csv-parser.ts';

function parseAll(text: string, chunks: string[] = [text]): CsvRow[] {
  const p = new CsvParser();
  const rows = chunks.flatMap((c) => p.push(c));
  return [...rows, ...p.end()];
}

const SAMPLE =
  'a,b,c\r\n' +
  '1,"two, with comma",3\r\n' +
  '"multi\nline ""quoted""",x,y\n' +
  'ünïcödé,😀,"end"\n' +
  '\n' +
  'last,row,no-newline';

describe('CsvParser', () => {
  it('reads quoted commas, doubled quotes, newlines inside quotes, CRLF and blank lines', () => {
    const rows = parseAll(SAMPLE);
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, with comma', '3'],
      ['multi\nline "quoted"', 'x', 'y'],
      ['ünïcödé', '😀', 'end'],
      ['last', 'row', 'no-newline'],
    ]);
    expect(rows.map((r) => [r.startLine, r.endLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 5],
      [7, 7],
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const whole = parseAll(SAMPLE);
    for (let i = 0; i <= SAMPLE.length; i++) {
      for (let j = i; j <= SAMPLE.length; j += 7) {
        const split = parseAll(SAMPLE, [SAMPLE.slice(0, i), SAMPLE.slice(i, j), SAMPLE.slice(j)]);
        expect(split, `split at ${i},${j}`).toEqual(whole);
      }
    }
  });

  it('flags a quote left open at the end and text after a closing quote', () => {
    const [open] = parseAll('1,"never closed');
    expect(open!.unterminated).toBe(true);
    const [stray] = parseAll('1,"ab"c,2\n');
    expect(stray!.strayQuote).toBe(true);
    const [inner] = parseAll('1,5" screen,2\n');
    expect(inner!.strayQuote).toBe(false);
    expect(inner!.fields).toEqual(['1', '5" screen', '2']);
  });
});
