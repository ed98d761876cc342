import { describe, expect, it } from 'vitest';
import { highlightSpans } from './search-highlight.ts';

const marked = (q: string, text: string): string[] =>
  highlightSpans(q, text).map(([a, b]) => text.slice(a, b));

describe('highlightSpans', () => {
  it('marks whole words, case- and accent-insensitively', () => {
    expect(marked('cafe', 'Meet at the Café, not the cafeteria')).toEqual(['Café']);
  });
  it('marks prefixes and every word of a phrase', () => {
    expect(marked('pay* "western union"', 'Payment sent by Western Union today')).toEqual([
      'Payment',
      'Western',
      'Union',
    ]);
  });
  it('does not mark words under NOT, and survives a bad query', () => {
    expect(marked('transfer -bank', 'transfer from the bank')).toEqual(['transfer']);
    expect(marked('"unclosed', 'anything')).toEqual([]);
  });
});
