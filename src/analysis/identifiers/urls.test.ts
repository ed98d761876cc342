import { describe, expect, it } from 'vitest';
import { extractUrls } from './urls.ts';

describe('extractUrls', () => {
  it('finds scheme and www URLs without trailing punctuation', () => {
    const text = 'see https://Example.COM/a?b=1, and www.test.org.';
    const hits = extractUrls(text);
    expect(hits.map((h) => h.value)).toEqual(['https://example.com/a?b=1', 'http://www.test.org']);
    expect(hits.map((h) => h.raw)).toEqual(['https://Example.COM/a?b=1', 'www.test.org']);
  });
  it('keeps a balanced closing bracket and drops an unbalanced one', () => {
    expect(extractUrls('(https://x.org/a_(b))').map((h) => h.raw)).toEqual(['https://x.org/a_(b)']);
    expect(extractUrls('(see https://x.org/a)').map((h) => h.raw)).toEqual(['https://x.org/a']);
  });
  it('ignores a bare scheme', () => {
    expect(extractUrls('http:// nothing')).toEqual([]);
  });
});
