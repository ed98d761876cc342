import { hit, type ExtractContext, type IdentifierHit } from './identifier.ts';

/** Month names in the lexicon languages (and common abbreviations) → month number. */
const MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, 'january|jan|januar|januari|janvier|enero|gennaio|styczeń|stycznia|enero'],
  [2, 'february|feb|februar|februari|février|fevrier|febrero|febbraio|luty|lutego|pebrero'],
  [3, 'march|mar|märz|maerz|maart|mars|marts|marzo|marca|marzec|marso'],
  [4, 'april|apr|avril|abril|aprile|kwiecień|kwietnia'],
  [5, 'may|mai|mei|maj|mayo|maggio|maja|maj'],
  [6, 'june|jun|juni|juin|junio|giugno|czerwiec|czerwca|hunyo'],
  [7, 'july|jul|juli|juillet|julio|luglio|lipiec|lipca|hulyo'],
  [8, 'august|aug|augusti|augustus|août|aout|agosto|sierpień|sierpnia'],
  [9, 'september|sep|sept|septembre|septiembre|settembre|wrzesień|września|setyembre'],
  [10, 'october|oct|oktober|okt|octobre|octubre|ottobre|październik|października|oktubre'],
  [11, 'november|nov|novembre|noviembre|listopad|listopada|nobyembre'],
  [12, 'december|dec|dezember|dez|décembre|decembre|diciembre|dicembre|desember|grudzień|grudnia|disyembre'],
];
const MONTH = new Map<string, number>();
for (const [n, names] of MONTH_NAMES) for (const name of names.split('|')) MONTH.set(name, n);
const MONTH_ALT = [...MONTH.keys()].sort((a, b) => b.length - a.length).join('|');

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.]*\d)/g;
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+|di\s+)?(${MONTH_ALT})\.?(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'giu',
);
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  'giu',
);
const RELATIVE =
  /\b(today|tonight|tomorrow|day after tomorrow|next week|next month|this weekend|next weekend|in (\d{1,2}) (days?|weeks?|months?)|(?:this |next |on )(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/gi;
/** Cheap pre-checks: most messages name no month and no relative day. */
const RELATIVE_CUE = /today|tonight|tomorrow|next|weekend|days?\b|weeks?\b|months?\b|day\b/i;
const LETTERS = /\p{L}+/gu;
function hasMonthWord(text: string): boolean {
  for (const m of text.matchAll(LETTERS)) if (MONTH.has(m[0].toLowerCase())) return true;
  return false;
}
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Countries writing numeric dates month first. */
const MONTH_FIRST = new Set(['US', 'PH', 'CA', 'BZ', 'FM', 'MH', 'PW']);
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** A date without a year is the next such date on or after two months before the message. */
function withYear(m: number, d: number, sentAt: number | null | undefined): string | null {
  if (sentAt === null || sentAt === undefined) return null;
  const y = new Date(sentAt).getUTCFullYear();
  const same = iso(y, m, d);
  if (same && Date.parse(same) >= sentAt - 60 * DAY_MS) return same;
  return iso(y + 1, m, d);
}

function relative(
  phrase: string,
  n: string | undefined,
  unit: string | undefined,
  weekday: string | undefined,
  sentAt: number,
): string {
  const day = (k: number) => new Date(sentAt + k * DAY_MS).toISOString().slice(0, 10);
  const p = phrase.toLowerCase();
  if (p === 'today' || p === 'tonight') return day(0);
  if (p === 'tomorrow') return day(1);
  if (p === 'day after tomorrow') return day(2);
  if (p === 'next week') return day(7);
  if (p === 'next month') return day(30);
  if (p.endsWith('weekend'))
    return day(((6 - new Date(sentAt).getUTCDay() + 7) % 7) + (p.startsWith('next') ? 7 : 0));
  if (n && unit) return day(Number(n) * (unit.startsWith('week') ? 7 : unit.startsWith('month') ? 30 : 1));
  const target = WEEKDAYS.indexOf(weekday?.toLowerCase() ?? '');
  const ahead = (target - new Date(sentAt).getUTCDay() + 7) % 7 || 7;
  return day(ahead + (p.startsWith('next') && ahead < 7 ? 7 : 0));
}

/**
 * Dates: ISO, numeric (day/month order from the sender's country), "12 March", "March 12th",
 * and relative phrases ("tomorrow", "next week", "on friday") resolved against the message time.
 * Value: `YYYY-MM-DD` when resolvable, else the lower-cased phrase.
 */
export function extractDates(text: string, ctx: ExtractContext = {}): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  const taken: Array<[number, number]> = [];
  const push = (start: number, end: number, date: string | null): void => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    const raw = text.slice(start, end);
    out.push(hit('date', date ?? raw.toLowerCase(), text, start, end, date ? { date } : undefined));
  };
  const hasDigit = /\d/.test(text);
  if (hasDigit) {
    for (const m of text.matchAll(ISO)) {
      const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) push(m.index, m.index + m[0].length, d);
    }
    const monthFirst = MONTH_FIRST.has(ctx.senderCountry?.toUpperCase() ?? '');
    for (const m of text.matchAll(NUMERIC)) {
      let a = Number(m[1]);
      let b = Number(m[2]);
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      if (monthFirst ? a <= 12 || b > 12 : b > 12 && a <= 12) [a, b] = [b, a];
      const d = iso(y, b, a);
      if (d) push(m.index, m.index + m[0].length, d);
    }
    const namedMonth = hasMonthWord(text);
    for (const m of namedMonth ? text.matchAll(DAY_MONTH) : []) {
      const month = MONTH.get(m[2]!.toLowerCase())!;
      const day = Number(m[1]);
      const d = m[3] ? iso(Number(m[3]), month, day) : withYear(month, day, ctx.sentAt);
      if (day >= 1 && day <= 31) push(m.index, m.index + m[0].length, d);
    }
    for (const m of namedMonth ? text.matchAll(MONTH_DAY) : []) {
      const month = MONTH.get(m[1]!.toLowerCase())!;
      const day = Number(m[2]);
      if (m[1]!.toLowerCase() === 'may' && !/^May/.test(m[1]!)) continue;
      const d = m[3] ? iso(Number(m[3]), month, day) : withYear(month, day, ctx.sentAt);
      if (day >= 1 && day <= 31) push(m.index, m.index + m[0].length, d);
    }
  }
  for (const m of RELATIVE_CUE.test(text) ? text.matchAll(RELATIVE) : []) {
    const phrase = m[1]!.replace(/^on /i, '');
    const start = m.index + m[0].length - phrase.length;
    const d = ctx.sentAt != null ? relative(phrase, m[2], m[3], m[4], ctx.sentAt) : null;
    push(start, m.index + m[0].length, d);
  }
  return out.sort((a, b) => a.start - b.start);
}
