import { extractAmounts } from './amounts.ts';
import { extractCryptoAddresses } from './crypto-addresses.ts';
import { extractDates } from './dates.ts';
import { extractEmails } from './emails.ts';
import { extractIbans } from './iban.ts';
import type { ExtractContext, IdentifierHit, IdentifierType } from './identifier.ts';
import { extractIps } from './ip-addresses.ts';
import { extractPhones } from './phones.ts';
import { extractPlaces } from './places.ts';
import { extractPlatformHandles } from './platform-handles.ts';
import { extractTransferReferences } from './transfer-references.ts';
import { extractTravel } from './travel.ts';
import { extractUrls } from './urls.ts';

/** Hits of these types swallow the shorter numeric hits found inside them (a phone inside a URL is not a phone). */
const CONTAINERS: ReadonlySet<IdentifierType> = new Set(['email', 'url', 'iban', 'crypto']);
const CONTAINED: ReadonlySet<IdentifierType> = new Set([
  'phone',
  'transfer_ref',
  'amount',
  'date',
  'ip',
  'place',
]);

const HAS_DIGIT = /\d/;
/** Words that announce a transfer reference, in the lexicon languages. */
const REF_CUE =
  /(?:mtcn|ref(?:erence|erenz|erentie|erens|erencia|erenza)?|control|kontroll?|controle|tracking|transaction|txn|trx|confirmation|pin)\b[^\d\n]{0,12}$/i;
const MAYBE_NAMED = /[A-Za-zÀ-ÿ]{3}/;

/**
 * Every identifier in one message body, sorted by position. Extractors that need digits are
 * skipped when the text has none; hits inside an e-mail, URL, IBAN or crypto address are dropped.
 */
export function extractIdentifiers(text: string, ctx: ExtractContext = {}): IdentifierHit[] {
  if (text.length < 3) return [];
  const digits = HAS_DIGIT.test(text);
  const hits: IdentifierHit[] = [];
  const containers: IdentifierHit[] = [...extractEmails(text), ...extractUrls(text)];
  if (digits) {
    containers.push(...extractIbans(text), ...extractCryptoAddresses(text));
    hits.push(
      ...extractPhones(text, ctx),
      ...extractTransferReferences(text),
      ...extractAmounts(text, ctx),
      ...extractIps(text),
    );
  }
  const dates = MAYBE_NAMED.test(text) || digits ? extractDates(text, ctx) : [];
  const places = MAYBE_NAMED.test(text) ? extractPlaces(text) : [];
  hits.push(...dates, ...places, ...extractPlatformHandles(text), ...extractTravel(text, places, dates));
  // A number right after "mtcn", "ref", "control no" … is a transfer reference, not a phone, unless written +/00.
  const refCued = (h: IdentifierHit) =>
    h.type === 'phone' &&
    !/^(?:\+|00)/.test(h.raw) &&
    REF_CUE.test(text.slice(Math.max(0, h.start - 28), h.start));
  // Digits inside an internationally written phone number (+49 …, 0049 …) are that phone, not a transfer reference.
  const intlPhones = hits.filter((h) => h.type === 'phone' && /^(?:\+|00)/.test(h.raw));
  const kept = hits.filter(
    (h) =>
      (!CONTAINED.has(h.type) || !containers.some((c) => h.start >= c.start && h.end <= c.end)) &&
      (h.type !== 'transfer_ref' || !intlPhones.some((p) => h.start >= p.start && h.end <= p.end)) &&
      !refCued(h),
  );
  const all = [...containers, ...kept];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True for a hit of a type in `types`; convenience for callers that want one kind. */
export function ofType<T extends IdentifierType>(hits: readonly IdentifierHit[], type: T): IdentifierHit[] {
  return hits.filter((h) => h.type === type);
}

export { CONTAINERS };
