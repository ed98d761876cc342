import { CASE_SENSITIVE_NAMES, GAZETTEER, GAZETTEER_PATTERN } from './gazetteer.ts';
import { hit, type IdentifierHit } from './identifier.ts';

const PLACE = new RegExp(GAZETTEER_PATTERN, 'giu');

/** Places named in the text; value is the country code, `place` the canonical name. */
export function extractPlaces(text: string): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  for (const m of text.matchAll(PLACE)) {
    const name = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const p = GAZETTEER.get(name);
    if (!p) continue;
    if (CASE_SENSITIVE_NAMES.has(name) && !/^\p{Lu}/u.test(m[1]!)) continue;
    out.push(
      hit('place', p.country, text, m.index, m.index + m[0].length, { country: p.country, place: p.place }),
    );
  }
  return out;
}
