import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, LEXICON_CATEGORIES } from './lexicon.ts';
import { compileLexicon, matchLexicon } from './lexicon-match.ts';

describe('lexicon', () => {
  it('covers every language with the four required categories', () => {
    for (const lang of ['en', 'de', 'nl', 'sv', 'no', 'da', 'fr', 'es', 'it', 'pl', 'tl']) {
      const cats = DEFAULT_LEXICON[lang]!;
      for (const c of ['price_negotiation', 'scheduling', 'payment_sent', 'recording_request'] as const)
        expect(cats[c]?.length, `${lang}.${c}`).toBeGreaterThan(2);
    }
    expect(LEXICON_CATEGORIES).toContain('cover_story');
  });
  const all = compileLexicon();
  it('finds phrases across languages with spans and categories', () => {
    const text = 'OK how much for today? I already sent, MTCN follows. Bist du online?';
    const hits = matchLexicon(text, all);
    expect(hits.map((h) => h.category)).toEqual([
      'price_negotiation',
      'payment_sent',
      'payment_sent',
      'scheduling',
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.term);
  });
  it('reads typographic apostrophes and keeps the original text as the term', () => {
    const [h] = matchLexicon('tu l’as reçu ?', all);
    expect(h).toMatchObject({ category: 'payment_sent', language: 'fr', term: 'tu l’as reçu' });
  });
  it('needs word boundaries and tolerates extra spaces', () => {
    expect(matchLexicon('discounted', all)).toEqual([]);
    expect(matchLexicon('how   much', all).map((h) => h.category)).toEqual(['price_negotiation']);
  });
  it('can be restricted to languages and accepts a case lexicon', () => {
    const de = compileLexicon(DEFAULT_LEXICON, ['de']);
    expect(matchLexicon('how much', de)).toEqual([]);
    const custom = compileLexicon({ en: { offer: ['open slot'] } });
    expect(matchLexicon('an open slot today', custom)[0]).toMatchObject({
      category: 'offer',
      language: 'en',
    });
    expect(matchLexicon('anything', compileLexicon({}))).toEqual([]);
  });
});
