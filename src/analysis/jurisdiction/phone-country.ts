import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { phoneRegion } from '../identifiers/phones.ts';

/**
 * The country of a phone number (libphonenumber): international forms as written, national forms
 * only with a default country (e.g. the subscriber record's or the transfer's country).
 * Shared calling codes (+1, +7, +44 …) are resolved by number ranges where the metadata allows.
 */
export function phoneCountry(phone: string, defaultCountry?: string | null): string | null {
  const region = phoneRegion(defaultCountry);
  const text = phone.trim().replace(/^00(?=[1-9])/, '+');
  const parsed = region ? parsePhoneNumberFromString(text, region) : parsePhoneNumberFromString(text);
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.country ?? null;
}
