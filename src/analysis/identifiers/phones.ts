import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { hit, type ExtractContext, type IdentifierHit } from './identifier.ts';

const MIN_DIGITS = 7;

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The sender's country as libphonenumber reads it, or undefined when unknown or unsupported. */
export function phoneRegion(country: string | null | undefined): CountryCode | undefined {
  if (!country) return undefined;
  const cc = country.toUpperCase();
  return isSupportedCountry(cc) ? cc : undefined;
}

/**
 * Phone numbers normalised to E.164. International formats are read as written; national formats
 * are read with the sender's likely country (no country: only `+`/`00` forms are found).
 */
export function extractPhones(text: string, ctx: ExtractContext = {}): IdentifierHit[] {
  if (countDigits(text) < MIN_DIGITS) return [];
  const defaultCountry = phoneRegion(ctx.senderCountry);
  // "0049 …" is read as "+49 …"; the replacement keeps every offset in place.
  const source = text.replace(/(^|[\s(:])00(?=[1-9]\d[\d ]{5})/g, '$1 +');
  const found = defaultCountry
    ? findPhoneNumbersInText(source, defaultCountry)
    : findPhoneNumbersInText(source);
  const out: IdentifierHit[] = [];
  for (const f of found) {
    if (!f.number.isPossible()) continue;
    const start = text.startsWith('00', f.startsAt - 1) ? f.startsAt - 1 : f.startsAt;
    out.push(
      hit('phone', f.number.number, text, start, f.endsAt, { country: f.number.country ?? undefined }),
    );
  }
  return out;
}
