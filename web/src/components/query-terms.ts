import type { Span } from '../api/types.ts';

interface Term {
  readonly word: string;
  readonly prefix: boolean;
}

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words a search looked for, roughly as the server reads them (NOT-ed words left out). */
export function queryTerms(q: string): Term[] {
  const terms: Term[] = [];
  let negate = false;
  for (const raw of q.match(/"[^"]*"|\S+/g) ?? []) {
    if (raw === 'AND' || raw === 'OR') continue;
    if (raw === 'NOT') {
      negate = true;
      continue;
    }
    const skip = negate || (raw.startsWith('-') && !/^-\d/.test(raw));
    negate = false;
    if (skip) continue;
    const prefix = raw.endsWith('*') && !raw.startsWith('"');
    const words = raw.replace(/^[("]+|[)"*]+$/g, '').match(WORD) ?? [];
    words.forEach((w, i) => terms.push({ word: fold(w), prefix: prefix && i === words.length - 1 }));
  }
  return terms;
}

/** Where those words occur in a text. */
export function termSpans(terms: readonly Term[], text: string): Span[] {
  if (terms.length === 0) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]);
    if (terms.some((t) => (t.prefix ? w.startsWith(t.word) : w === t.word)))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
