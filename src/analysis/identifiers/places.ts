import { CASE_SENSITIVE_NAMES, GAZETTEER_INDEX, WORD } from './gazetteer.ts';
import { hit, type IdentifierHit } from './identifier.ts';

const JOINER = /^[\s-]+$/;

/** Places named in the text (token lookup, longest name first); value is the country code, `place` the canonical name. */
export function extractPlaces(text: string): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const candidates = GAZETTEER_INDEX.get(w[0].toLowerCase());
    if (!candidates) continue;
    for (const c of candidates) {
      const n = c.tokens.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const prev = words[i + k - 1]!;
        const cur = words[i + k]!;
        ok =
          cur[0].toLowerCase() === c.tokens[k] &&
          JOINER.test(text.slice(prev.index + prev[0].length, cur.index));
      }
      if (!ok) continue;
      if (CASE_SENSITIVE_NAMES.has(c.name) && !/^\p{Lu}/u.test(w[0])) continue;
      const last = words[i + n - 1]!;
      const end = last.index + last[0].length;
      out.push(
        hit('place', c.place.country, text, w.index, end, { country: c.place.country, place: c.place.place }),
      );
      i += n - 1;
      break;
    }
  }
  return out;
}
