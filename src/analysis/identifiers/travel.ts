import { hit, type IdentifierHit } from './identifier.ts';

/** Phrases announcing a journey, in the lexicon languages; a place must follow within `REACH` characters. */
const TRAVEL_VERBS = [
  // en
  String.raw`fly(?:ing)?(?:\s+(?:out|over|back|down))?(?:\s+to)?`,
  String.raw`flights?(?:\s+to)?`,
  String.raw`travel(?:l)?(?:ing|ed)?(?:\s+to)?`,
  String.raw`trip\s+to`,
  String.raw`arriv(?:e|ing|al)(?:\s+(?:in|at))?`,
  String.raw`land(?:s|ing)?\s+in`,
  String.raw`visit(?:ing)?`,
  String.raw`com(?:e|ing)\s+(?:to|over\s+to)`,
  String.raw`going\s+(?:back\s+)?to`,
  String.raw`go\s+to`,
  String.raw`holiday\s+in`,
  String.raw`vacation\s+in`,
  String.raw`(?:i'?ll|i\s+will|i\s+am\s+going\s+to)\s+be\s+in`,
  String.raw`ticket\s+to`,
  String.raw`staying\s+in`,
  String.raw`meet\s+(?:you\s+)?in`,
  // de, nl
  String.raw`(?:fliege|flug|reise|komme|fahre)\s+(?:nach|in\s+die)`,
  String.raw`lande\s+in`,
  String.raw`(?:vlieg|vlucht|reis|kom|ga)\s+naar`,
  // sv, no, da
  String.raw`(?:flyger|reser|resa|åker|kommer|flyr|reiser|rejser|flyver|drar)\s+til(?:l)?`,
  // fr, es, it
  String.raw`(?:vol\s+pour|vais\s+(?:à|a|aux|en)|voyage\s+(?:à|a|aux|en)|arrive\s+(?:à|a|aux|en))`,
  String.raw`(?:vuelo\s+a|viajo\s+a|voy\s+a|llego\s+a)`,
  String.raw`(?:volo\s+per|vado\s+(?:a|in|nelle)|viaggio\s+(?:a|in|nelle)|arrivo\s+(?:a|in))`,
  // pl, tl
  String.raw`(?:lecę|lece|jadę|jade|przylatuję|przylatuje)\s+(?:do|na)`,
  String.raw`(?:pupunta|punta|darating|lilipad)\s+(?:ako\s+)?(?:sa|dyan\s+sa)?`,
];
const VERB = new RegExp(String.raw`(?<![\p{L}])(?:${TRAVEL_VERBS.join('|')})(?![\p{L}])`, 'giu');
const REACH = 25;
const DATE_REACH = 60;

/**
 * Travel mentions: a travel phrase followed closely by a place ("flying to Manila on 12 March").
 * Reads the place and date hits already found in the same text; value is the destination country.
 */
export function extractTravel(
  text: string,
  places: readonly IdentifierHit[],
  dates: readonly IdentifierHit[],
): IdentifierHit[] {
  if (places.length === 0) return [];
  const out: IdentifierHit[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(VERB)) {
    const verbEnd = m.index + m[0].length;
    if (m.index < lastEnd) continue;
    const place = places.find(
      (p) =>
        p.start >= verbEnd && p.start - verbEnd <= REACH && !/[,.;!?\n]/.test(text.slice(verbEnd, p.start)),
    );
    if (!place) continue;
    const date =
      dates.find((d) => d.start >= place.end && d.start - place.end <= DATE_REACH) ??
      dates.find((d) => d.end <= m.index && m.index - d.end <= DATE_REACH) ??
      dates.find((d) => d.start >= verbEnd && d.end <= place.start);
    lastEnd = place.end;
    out.push(
      hit('travel', place.country ?? place.value, text, m.index, place.end, {
        country: place.country,
        place: place.place,
        date: date?.date,
      }),
    );
  }
  return out;
}
