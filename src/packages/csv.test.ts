import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('RFC 4180 CSV', () => {
  it('ends every record with CRLF and quotes only what needs quoting', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['plain', 'with, comma', 'with "quote"'],
        ['line\nbreak', null, 42],
        [true, '', 'cr\rhere'],
      ],
    );
    expect(csv).toBe(
      'a,b,c\r\nplain,"with, comma","with ""quote"""\r\n"line\nbreak",,42\r\ntrue,,"cr\rhere"\r\n',
    );
  });
});
