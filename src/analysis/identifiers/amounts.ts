import { hit, type ExtractContext, type IdentifierHit } from './identifier.ts';

const SYMBOLS: Readonly<Record<string, string>> = {
  a$: 'AUD',
  au$: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  nz$: 'NZD',
  us$: 'USD',
  hk$: 'HKD',
  s$: 'SGD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₱': 'PHP',
  '¥': 'JPY',
  '₹': 'INR',
  zł: 'PLN',
  p: 'PHP',
};
const CODES = [
  'usd',
  'eur',
  'gbp',
  'php',
  'aud',
  'cad',
  'nzd',
  'chf',
  'sek',
  'nok',
  'dkk',
  'pln',
  'jpy',
  'hkd',
  'sgd',
  'aed',
  'cny',
  'inr',
  'thb',
  'myr',
  'krw',
  'czk',
  'huf',
  'ron',
  'isk',
] as const;
const WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  peso: 'PHP',
  pesos: 'PHP',
  piso: 'PHP',
  zloty: 'PLN',
  zlotys: 'PLN',
  franc: 'CHF',
  francs: 'CHF',
  franken: 'CHF',
  yen: 'JPY',
  kronor: 'SEK',
  kroner: 'NOK',
  kronen: 'SEK',
  kr: 'SEK',
};
const NORDIC_KRONE: Readonly<Record<string, string>> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' };

const NUM = String.raw`\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const UNIT = [...CODES, ...Object.keys(WORDS)].sort((a, b) => b.length - a.length).join('|');
const PREFIX = new RegExp(
  String.raw`(?<![\w$€£₱¥₹])(a\$|au\$|c\$|ca\$|nz\$|us\$|hk\$|s\$|\$|€|£|₱|¥|₹|\b(?:${CODES.join('|')})(?=\s?\d)|\bp(?=\d))\s?(${NUM})(k)?(?![\d\w])`,
  'gi',
);
const SUFFIX = new RegExp(String.raw`(?<![\w.,])(${NUM})(k)?\s?(€|£|\$|₱|zł|(?:${UNIT})\b)`, 'gi');

/** A written number as a canonical decimal string ("1,500.00" → "1500", "40,50" → "40.5"), or null. */
export function normaliseAmount(written: string): string | null {
  let s = written.replace(/['\s]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    s = s.split(thou).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const thousands = parts.length > 2 || parts[parts.length - 1]!.length === 3;
    s = thousands ? parts.join('') : parts.join('.');
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return String(Math.round(n * 100) / 100);
}

function currencyOf(unit: string, ctx: ExtractContext): string | undefined {
  const u = unit.toLowerCase();
  if (u === 'kr' || u === 'kronor' || u === 'kroner')
    return NORDIC_KRONE[ctx.senderCountry?.toUpperCase() ?? ''] ?? WORDS[u];
  return SYMBOLS[u] ?? WORDS[u] ?? ((CODES as readonly string[]).includes(u) ? u.toUpperCase() : undefined);
}

/** Amounts with a currency ("50 usd", "€40", "1,500 php", "P1500", "2k pesos"); value `"<amount> <ISO>"`. */
export function extractAmounts(text: string, ctx: ExtractContext = {}): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  const taken: Array<[number, number]> = [];
  const add = (start: number, end: number, num: string, k: string | undefined, unit: string): void => {
    const currency = currencyOf(unit, ctx);
    const base = normaliseAmount(num);
    if (!currency || base === null) return;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    const amount = k ? String(Number(base) * 1000) : base;
    taken.push([start, end]);
    out.push(hit('amount', `${amount} ${currency}`, text, start, end, { amount, currency }));
  };
  for (const m of text.matchAll(PREFIX)) add(m.index, m.index + m[0].length, m[2]!, m[3], m[1]!);
  for (const m of text.matchAll(SUFFIX)) add(m.index, m.index + m[0].length, m[1]!, m[2], m[3]!);
  return out.sort((a, b) => a.start - b.start);
}
