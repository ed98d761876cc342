import { DEFAULT_LEXICON, type Lexicon, type LexiconCategory } from './lexicon.ts';

export interface LexiconHit {
  readonly category: LexiconCategory;
  readonly language: string;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

export interface CompiledLexicon {
  readonly pattern: RegExp;
  readonly terms: ReadonlyMap<string, ReadonlyArray<{ category: LexiconCategory; language: string }>>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Typographic apostrophes read as ASCII ones (same length, so spans hold). */
const APOSTROPHES = /[’‘`´]/g;
const squash = (s: string) => s.toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, ' ');

/** Compiles a lexicon (all languages, or only `languages`) into one regex; do this once per case. */
export function compileLexicon(
  lexicon: Lexicon = DEFAULT_LEXICON,
  languages?: readonly string[],
): CompiledLexicon {
  const terms = new Map<string, Array<{ category: LexiconCategory; language: string }>>();
  for (const [language, cats] of Object.entries(lexicon)) {
    if (languages && !languages.includes(language)) continue;
    for (const [category, phrases] of Object.entries(cats) as Array<[LexiconCategory, readonly string[]]>) {
      for (const p of phrases) {
        const key = squash(p);
        const list = terms.get(key) ?? [];
        if (!list.some((x) => x.category === category && x.language === language))
          list.push({ category, language });
        terms.set(key, list);
      }
    }
  }
  const alternation = [...terms.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu'),
    terms,
  };
}

/** Lexicon phrases in a message, with category, language and span. A phrase shared by languages is reported once per category. */
export function matchLexicon(text: string, compiled: CompiledLexicon): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (const m of text.replace(APOSTROPHES, "'").matchAll(compiled.pattern)) {
    const entries = compiled.terms.get(squash(m[0])) ?? [];
    const seen = new Set<LexiconCategory>();
    for (const e of entries) {
      if (seen.has(e.category)) continue;
      seen.add(e.category);
      out.push({
        category: e.category,
        language: e.language,
        term: text.slice(m.index, m.index + m[0].length),
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out;
}
