import type { Span } from '../api/types.ts';

/** A stretch of text marked as a search hit or as an identifier of some kind. */
export type Mark = 'hit' | 'email' | 'phone' | 'reference';

export interface Segment {
  readonly text: string;
  readonly mark: Mark | null;
}

/**
 * Identifiers found by pattern in the browser, until the analysis stage stores the ones it extracted:
 * e-mail addresses, phone numbers, and transfer references (control numbers, provider references, IBANs).
 */
const PATTERNS: readonly (readonly [Exclude<Mark, 'hit'>, RegExp])[] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
  [
    'reference',
    /\b(?:MTCN[\s:#]*)?\d{10}\b|\b[A-Z]{2,4}-\d{3,6}(?:-[A-Z]{2})?\b|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b/g,
  ],
  ['phone', /(?<![\w@])\+?\(?\d[\d ().-]{6,}\d(?!\w)/g],
];

export function identifierSpans(text: string): (readonly [number, number, Mark])[] {
  const out: (readonly [number, number, Mark])[] = [];
  for (const [mark, re] of PATTERNS)
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (mark === 'phone' && m[0].replace(/\D/g, '').length < 7) continue;
      if (!out.some(([a, b]) => start < b && end > a)) out.push([start, end, mark]);
    }
  return out;
}

/** Splits text into plain and marked segments; search hits win over identifiers where they overlap. */
export function segments(text: string, hits: readonly Span[], identifiers: boolean): Segment[] {
  const marks: (Mark | null)[] = new Array<Mark | null>(text.length).fill(null);
  if (identifiers) for (const [a, b, m] of identifierSpans(text)) marks.fill(m, a, b);
  for (const [a, b] of hits) marks.fill('hit', a, b);
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      out.push({ text: text.slice(start, i), mark: marks[start] ?? null });
      start = i;
    }
  }
  return out;
}
