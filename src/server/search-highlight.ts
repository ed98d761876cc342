import { parseQuery, type QueryNode } from '../store/search-query.ts';

/** [start, end) offsets (UTF-16) of the words a search matched in a text. */
export type Span = readonly [number, number];

interface Term {
  readonly word: string;
  readonly prefix: boolean;
}

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words a query looks for (those under a NOT are not highlighted). */
export function searchTerms(node: QueryNode): Term[] {
  switch (node.type) {
    case 'term':
      return node.words.map((w, i) => ({
        word: fold(w),
        prefix: node.prefix && i === node.words.length - 1,
      }));
    case 'and':
    case 'or':
      return node.items.flatMap(searchTerms);
    case 'not':
      return [];
  }
}

/** Where the query's words occur in `text`, as the full-text index tokenizes it. */
export function highlightSpans(query: string, text: string): Span[] {
  let terms: Term[];
  try {
    terms = searchTerms(parseQuery(query));
  } catch {
    return [];
  }
  const spans: Span[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const w = fold(m[0]);
    if (terms.some((t) => (t.prefix ? w.startsWith(t.word) : w === t.word)))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
