import { hit, type IdentifierHit } from './identifier.ts';

/** Phrases announcing a journey, in the lexicon languages; a place must follow closely (see `REACH`). */
const TRAVEL_VERBS = [
  // en
  String.raw`fly(?:ing)?(?:\s+(?:out|over|back|down))?(?:\s+to)?`,
  String.raw`flights?(?:\s+to)?`,
  String.raw`travel(?:l)?(?:ing|ed)?(?:\s+to)?`,
  String.raw`trip\s+to`,
  String.raw`arriv(?:e|ing|al)(?:\s+(?:in|at))?`,
  String.raw`land(?:s|ing)?(?:\s+in)?`,
  String.raw`visit(?:ing)?`,
  String.raw`com(?:e|ing)\s+(?:to|over\s+to|back\s+to)`,
  String.raw`going\s+(?:back\s+)?to`,
  String.raw`go\s+to`,
  String.raw`holiday\s+in`,
  String.raw`vacation\s+in`,
  String.raw`(?:i'?ll|i\s+will|i\s+am\s+going\s+to)\s+be\s+in`,
  String.raw`ticket\s+to`,
  String.raw`stay(?:ing)?\s+(?:in|at|near)`,
  String.raw`hotel\s+(?:in|near|at)`,
  String.raw`meet\s+(?:me\s+|you\s+|up\s+)?in`,
  String.raw`(?:days?|weeks?|nights?)\s+in`,
  // de, nl
  String.raw`(?:fliege|flug|reise|komme|fahre)(?:\s+(?:nach|in\s+die|auf\s+die))?`,
  String.raw`lande(?:\s+in)?`,
  String.raw`(?:bin|sind)\s+ab`,
  String.raw`(?:vlieg|vlucht|reis|kom|ga)(?:\s+naar)?`,
  // sv, no, da
  String.raw`(?:flyger|reser|resa|åker|kommer|flyr|reiser|rejser|flyver|drar)(?:\s+til(?:l)?)?`,
  String.raw`(?:landar|lander)(?:\s+i)?`,
  // fr, es, it
  String.raw`(?:vol\s+pour|vais\s+(?:à|a|aux|en)|voyage\s+(?:à|a|aux|en)|arrive\s+(?:à|a|aux|en)|atterris(?:\s+(?:à|a))?)`,
  String.raw`(?:vuelo\s+a|viajo\s+a|voy\s+a|llego\s+a|aterrizo(?:\s+en)?)`,
  String.raw`(?:volo\s+per|vado\s+(?:a|in|nelle)|viaggio\s+(?:a|in|nelle)|arrivo\s+(?:a|in|nelle)|atterro(?:\s+a)?)`,
  // pl, tl
  String.raw`(?:lecę|lece|jadę|jade|przylatuję|przylatuje)\s+(?:do|na)`,
  String.raw`(?:ląduję|laduje)(?:\s+w)?`,
  String.raw`(?:pupunta|punta|darating|lilipad)\s+(?:ako\s+)?(?:sa|dyan\s+sa)?`,
];
const VERB = new RegExp(String.raw`(?<![\p{L}])(?:${TRAVEL_VERBS.join('|')})(?![\p{L}])`, 'giu');

/** Travel without a named place: a flight number, a booked ticket, "arriving <date>". The destination is the conversation's. */
const PLACELESS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:flight|flug|vlucht|flyg|fly|vol|vuelo|volo|lot)\s*(?:no\.?|nr\.?|number|is|ist|er|är|est|es|è|to)?\s*[A-Z]{2}\s?\d{2,4}(?!\d)|booked\s+(?:my\s+|a\s+|the\s+)?(?:ticket|flight)s?|(?:flug|ticket)\s+gebucht|(?:ticket|vlucht)\s+geboekt|(?:arriving|landing)(?=\s+(?:on\s+)?\d|\s+(?:on\s+)?\p{L}+\s+\d))`,
  'giu',
);
const PLACELESS_CUE = /fl[iuy]|vlucht|vol|vuelo|lot|book|gebucht|geboekt|arriving|landing/i;
/** Wishes and maybes are not plans. */
const VAGUE =
  /\b(?:maybe|perhaps|someday|some\s+day|one\s+day|would\s+like|want\s+to|wish|dream|vielleicht|irgendwann|misschien|ooit|kanske|kanskje|måske|peut-être|un\s+jour|quizás|quizá|algún\s+día|forse|un\s+giorno|może|kiedyś|baka|sana)\b/i;
/** Characters (outside date mentions) allowed between the travel phrase and the place. */
const REACH = 25;
const DATE_REACH = 60;
/** ISO "unknown region": travel whose destination is not named. */
export const UNKNOWN_DESTINATION = 'ZZ';

function gapWithoutDates(text: string, from: number, to: number, dates: readonly IdentifierHit[]): string {
  let gap = '';
  let at = from;
  for (const d of dates) {
    if (d.end <= from || d.start >= to) continue;
    gap += text.slice(at, Math.max(at, d.start));
    at = Math.max(at, d.end);
  }
  return gap + text.slice(at, to);
}

function nearestDate(dates: readonly IdentifierHit[], start: number, end: number): IdentifierHit | undefined {
  return (
    dates.find((d) => d.start >= start && d.end <= end) ??
    dates.find((d) => d.start >= end && d.start - end <= DATE_REACH) ??
    dates.find((d) => d.end <= start && start - d.end <= DATE_REACH)
  );
}

/**
 * Travel mentions: a travel phrase followed closely by a place ("flying to Manila on 12 March",
 * "ich lande am 3. März in Cebu"), or a plan without a place (a flight number, a booked ticket,
 * "arriving 12 March": destination `ZZ`, the conversation's country). Wishes ("maybe one day I
 * visit Cebu") are skipped. Reads the place and date hits already found in the same text.
 */
export function extractTravel(
  text: string,
  places: readonly IdentifierHit[],
  dates: readonly IdentifierHit[],
): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  let lastEnd = -1;
  const vagueBefore = (at: number) =>
    VAGUE.test(
      text
        .slice(Math.max(0, at - 40), at)
        .split(/[.!?;\n]/)
        .pop() ?? '',
    );
  if (places.length) {
    for (const m of text.matchAll(VERB)) {
      const verbEnd = m.index + m[0].length;
      if (m.index < lastEnd || vagueBefore(m.index)) continue;
      const place = places.find((p) => {
        if (p.start < verbEnd) return false;
        const gap = gapWithoutDates(text, verbEnd, p.start, dates);
        return gap.length <= REACH && !/[,.;!?\n]/.test(gap);
      });
      if (!place) continue;
      const date = nearestDate(dates, m.index, place.end);
      lastEnd = place.end;
      out.push(
        hit('travel', place.country ?? place.value, text, m.index, place.end, {
          country: place.country,
          place: place.place,
          date: date?.date,
        }),
      );
    }
  }
  for (const m of PLACELESS_CUE.test(text) ? text.matchAll(PLACELESS) : []) {
    const end = m.index + m[0].length;
    if (out.some((t) => m.index < t.end + DATE_REACH && end > t.start - DATE_REACH) || vagueBefore(m.index))
      continue;
    const date = nearestDate(dates, m.index, end);
    if (!date && !/\d/.test(m[0])) continue;
    out.push(hit('travel', UNKNOWN_DESTINATION, text, m.index, end, { date: date?.date }));
  }
  return out.sort((a, b) => a.start - b.start);
}
