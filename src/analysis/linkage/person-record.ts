import { doubleMetaphone } from 'double-metaphone';
import { canonicalGivenName } from './nicknames.ts';
import {
  addressTokens,
  normaliseDob,
  normaliseName,
  normalisePhone,
  normaliseText,
  splitFullName,
} from './normalise.ts';

/** A person record as it arrives: a transfer sender, a subscriber record, a CSV row. Every field optional. */
export interface PersonInput {
  readonly id: string;
  readonly given?: string | null;
  readonly surname?: string | null;
  /** Used when given/surname are absent. */
  readonly fullName?: string | null;
  readonly dob?: string | null;
  readonly streetNumber?: string | null;
  readonly address?: string | null;
  readonly city?: string | null;
  readonly postcode?: string | null;
  readonly state?: string | null;
  readonly country?: string | null;
  readonly phones?: readonly string[];
  readonly emails?: readonly string[];
  /** Shared identifiers (account numbers, transfer references, handles): any one shared is strong evidence. */
  readonly ids?: readonly string[];
}

/** The normalised record the person comparisons read. */
export interface PersonRecord {
  readonly id: string;
  readonly given: string | null;
  readonly givenCanon: string | null;
  readonly givenCode: string | null;
  readonly surname: string | null;
  readonly surnameCode: string | null;
  readonly dob: string | null;
  readonly streetNumber: string | null;
  /** Street tokens sorted, joined. */
  readonly street: string | null;
  readonly city: string | null;
  readonly postcode: string | null;
  readonly state: string | null;
  readonly country: string | null;
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly ids: readonly string[];
}

function code(name: string | null): string | null {
  if (!name) return null;
  const first = name.split(' ')[0]!;
  return doubleMetaphone(first)[0] || null;
}

/** Normalises one input record: ASCII lower-case names, nickname canon, double metaphone, DOB as YYYYMMDD. */
export function preparePerson(p: PersonInput): PersonRecord {
  let given = normaliseName(p.given);
  let surname = normaliseName(p.surname);
  if (!given && !surname && p.fullName) ({ given, surname } = splitFullName(p.fullName));
  let streetNumber = normaliseText(p.streetNumber);
  const tokens = addressTokens(p.address);
  if (!streetNumber && tokens[0] && /^\d+[a-z]?$/.test(tokens[0])) streetNumber = tokens.shift()!;
  const street = tokens.length ? [...tokens].sort().join(' ') : null;
  const givenFirst = given?.split(' ')[0] ?? null;
  return {
    id: p.id,
    given,
    givenCanon: givenFirst ? canonicalGivenName(givenFirst) : null,
    givenCode: code(given),
    surname,
    surnameCode: code(surname),
    dob: normaliseDob(p.dob),
    streetNumber,
    street,
    city: normaliseText(p.city),
    postcode: normaliseText(p.postcode)?.replace(/\s/g, '') ?? null,
    state: normaliseText(p.state),
    country: normaliseText(p.country),
    phones: [...new Set((p.phones ?? []).map(normalisePhone).filter((x): x is string => !!x))],
    emails: [...new Set((p.emails ?? []).map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@')))],
    ids: [...new Set((p.ids ?? []).map((x) => x.trim().toLowerCase()).filter(Boolean))],
  };
}
