import { describe, expect, it } from 'vitest';
import { LEXICONS } from './index.ts';
import { forbiddenIn } from './neutral-vocabulary.ts';

describe('chat lexicons', () => {
  it('never contain sexual vocabulary or words for children, in any language', () => {
    const hits: string[] = [];
    for (const [lang, lexicon] of Object.entries(LEXICONS))
      for (const [intent, lines] of Object.entries(lexicon))
        for (const line of lines ?? [])
          for (const w of forbiddenIn(line)) hits.push(`${lang}.${intent}: "${w}" in "${line}"`);
    expect(hits).toEqual([]);
  });

  it('the checker catches what it should', () => {
    expect(forbiddenIn('Das Kind, la niña!')).toEqual(['kind', 'niña']);
    expect(forbiddenIn('kindly send the reference')).toEqual([]);
  });
});
