import { describe, expect, it } from 'vitest';
import { parseQuery } from './search-query.ts';
import { toFts5 } from './sqlite/fts5-query.ts';

const fts = (q: string): string => toFts5(parseQuery(q));

describe('parseQuery → FTS5', () => {
  it('keeps identifiers typed with punctuation together as phrases', () => {
    expect(fts('john.smith77@mail.com')).toBe('"john smith77 mail com"');
    expect(fts('+44 7700 900123')).toBe('"44 7700 900123"');
    expect(fts('8273645512')).toBe('"8273645512"');
    expect(fts('jsmith_77')).toBe('"jsmith 77"');
  });

  it('reads phrases, AND/OR/NOT, leading minus, prefixes and parentheses', () => {
    expect(fts('"online tonight" OR tomorrow')).toBe('("online tonight" OR "tomorrow")');
    expect(fts('payment sent')).toBe('("payment" AND "sent")');
    expect(fts('payment NOT refund')).toBe('("payment" NOT "refund")');
    expect(fts('payment -refund')).toBe('("payment" NOT "refund")');
    expect(fts('pay* (manila OR cebu)')).toBe('("pay"* AND ("manila" OR "cebu"))');
  });

  it('refuses queries it cannot run, with a sentence', () => {
    expect(() => fts('NOT refund')).toThrow(/only a NOT/);
    expect(() => fts('"open')).toThrow(/unclosed quote/);
    expect(() => fts('(a OR b')).toThrow(/unclosed parenthesis/);
    expect(() => fts('   ')).toThrow(/empty/);
    expect(() => fts('a OR')).toThrow(/nothing on one side/);
  });
});
