import { distance } from 'fastest-levenshtein';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { doubleMetaphone } from 'double-metaphone';
import type { BlockingRule, Comparison } from './comparison.ts';
import { MISSING } from './comparison.ts';
import { canonicalGivenName } from './nicknames.ts';
import type { PersonRecord } from './person-record.ts';

const NAME_LEVELS = ['exact', 'jw>=0.92', 'nickname_or_phonetic', 'jw>=0.80', 'different'] as const;

function nameLevel(
  a: string | null,
  b: string | null,
  canonA: string | null,
  canonB: string | null,
  codeA: string | null,
  codeB: string | null,
): number {
  if (!a || !b) return MISSING;
  if (a === b) return 0;
  const jw = jaroWinkler(a, b);
  if (jw >= 0.92) return 1;
  if ((canonA && canonA === canonB) || (codeA && codeA === codeB)) return 2;
  if (jw >= 0.8) return 3;
  // An initial against a name that starts with it.
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 3;
  return 4;
}

function given(a: PersonRecord, b: PersonRecord): number {
  return nameLevel(a.given, b.given, a.givenCanon, b.givenCanon, a.givenCode, b.givenCode);
}
function surname(a: PersonRecord, b: PersonRecord): number {
  return nameLevel(a.surname, b.surname, null, null, a.surnameCode, b.surnameCode);
}
// The given-name and surname comparisons run one after the other on the same pair: remember the last answer.
let lastA: PersonRecord | null = null;
let lastB: PersonRecord | null = null;
let lastSwapped = false;

/** Given and surname written the other way round in one record. */
function swapped(a: PersonRecord, b: PersonRecord): boolean {
  if (a === lastA && b === lastB) return lastSwapped;
  lastA = a;
  lastB = b;
  lastSwapped = computeSwapped(a, b);
  return lastSwapped;
}

function computeSwapped(a: PersonRecord, b: PersonRecord): boolean {
  if (!a.given || !a.surname || !b.given || !b.surname) return false;
  const direct = given(a, b) + surname(a, b);
  const cross =
    nameLevel(a.given, b.surname, null, null, a.givenCode, b.surnameCode) +
    nameLevel(a.surname, b.given, null, null, a.surnameCode, b.givenCode);
  return cross < direct && cross <= 2;
}

function swapNames(b: PersonRecord): PersonRecord {
  return {
    ...b,
    given: b.surname,
    surname: b.given,
    givenCanon: b.surname,
    givenCode: b.surnameCode,
    surnameCode: b.givenCode,
  };
}

function dobLevel(a: string | null, b: string | null): number {
  if (!a || !b) return MISSING;
  if (a === b) return 0;
  const swappedDm = a.slice(0, 4) + a.slice(6, 8) + a.slice(4, 6);
  if (distance(a, b) <= 1 || swappedDm === b) return 1;
  if (distance(a, b) <= 2) return 2;
  return 3;
}

function anyShared(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

function exactOrJw(a: string | null, b: string | null, close: number): number {
  if (!a || !b) return MISSING;
  if (a === b) return 0;
  return jaroWinkler(a, b) >= close ? 1 : 2;
}

/** The comparison vector for persons. Names are compared in the best alignment (swapped given/surname allowed). */
export const PERSON_COMPARISONS: readonly Comparison<PersonRecord>[] = [
  {
    name: 'given_name',
    levels: NAME_LEVELS,
    mPrior: [0.8, 0.07, 0.05, 0.03, 0.05],
    uPrior: [0.02, 0.01, 0.02, 0.05, 0.9],
    compare: (a, b) => given(a, swapped(a, b) ? swapNames(b) : b),
    tfValue: (r) => r.given,
  },
  {
    name: 'surname',
    levels: NAME_LEVELS,
    mPrior: [0.82, 0.08, 0.03, 0.02, 0.05],
    uPrior: [0.01, 0.005, 0.01, 0.03, 0.945],
    compare: (a, b) => surname(a, swapped(a, b) ? swapNames(b) : b),
    tfValue: (r) => r.surname,
  },
  {
    name: 'dob',
    levels: ['exact', 'one_typo_or_day_month_swap', 'two_typos', 'different'],
    mPrior: [0.88, 0.07, 0.02, 0.03],
    uPrior: [0.001, 0.01, 0.05, 0.939],
    compare: (a, b) => dobLevel(a.dob, b.dob),
  },
  {
    name: 'address',
    levels: ['exact', 'close', 'partial', 'different'],
    mPrior: [0.75, 0.1, 0.05, 0.1],
    uPrior: [0.001, 0.002, 0.01, 0.987],
    compare: (a, b) => {
      if (!a.street || !b.street) return MISSING;
      const sameNo = !!a.streetNumber && a.streetNumber === b.streetNumber;
      if (a.street === b.street && (sameNo || !a.streetNumber || !b.streetNumber)) return 0;
      const jw = jaroWinkler(a.street, b.street);
      if (jw >= 0.9 && (sameNo || !a.streetNumber || !b.streetNumber)) return 1;
      if (jw >= 0.9 || (sameNo && jw >= 0.75)) return 2;
      return 3;
    },
  },
  {
    name: 'city',
    levels: ['exact', 'jw>=0.90', 'different'],
    mPrior: [0.85, 0.05, 0.1],
    uPrior: [0.05, 0.02, 0.93],
    compare: (a, b) => exactOrJw(a.city, b.city, 0.9),
    tfValue: (r) => r.city,
  },
  {
    name: 'postcode',
    levels: ['exact', 'one_typo', 'different'],
    mPrior: [0.85, 0.07, 0.08],
    uPrior: [0.03, 0.05, 0.92],
    compare: (a, b) => {
      if (!a.postcode || !b.postcode) return MISSING;
      if (a.postcode === b.postcode) return 0;
      return distance(a.postcode, b.postcode) <= 1 ? 1 : 2;
    },
  },
  {
    name: 'country',
    levels: ['exact', 'different'],
    mPrior: [0.95, 0.05],
    uPrior: [0.3, 0.7],
    compare: (a, b) => (!a.country || !b.country ? MISSING : a.country === b.country ? 0 : 1),
  },
  {
    name: 'phone',
    levels: ['exact', 'one_typo', 'different'],
    mPrior: [0.8, 0.05, 0.15],
    uPrior: [0.0005, 0.001, 0.9985],
    compare: (a, b) => {
      if (!a.phones.length || !b.phones.length) return MISSING;
      if (anyShared(a.phones, b.phones)) return 0;
      for (const x of a.phones)
        for (const y of b.phones) if (x.length === y.length && distance(x, y) <= 1) return 1;
      return 2;
    },
  },
  {
    name: 'email',
    levels: ['exact', 'same_local_part', 'different'],
    mPrior: [0.7, 0.1, 0.2],
    uPrior: [0.0005, 0.002, 0.9975],
    compare: (a, b) => {
      if (!a.emails.length || !b.emails.length) return MISSING;
      if (anyShared(a.emails, b.emails)) return 0;
      const local = (e: string) => e.slice(0, e.indexOf('@'));
      return anyShared(a.emails.map(local), b.emails.map(local)) ? 1 : 2;
    },
  },
  {
    name: 'shared_identifier',
    levels: ['shared', 'different'],
    mPrior: [0.6, 0.4],
    uPrior: [0.001, 0.999],
    compare: (a, b) => (!a.ids.length || !b.ids.length ? MISSING : anyShared(a.ids, b.ids) ? 0 : 1),
  },
];

const initial = (s: string | null) => s?.[0] ?? '';

/** Metaphone of a name's first token after nickname canon ("bill" and "william" share a key). */
function nameKey(name: string | null): string {
  if (!name) return '';
  return doubleMetaphone(canonicalGivenName(name.split(' ')[0]!))[0];
}

/** Blocking rules for persons: each catches duplicates the others miss (typos in one field, swapped names). */
export const PERSON_BLOCKING: readonly BlockingRule<PersonRecord>[] = [
  {
    // Both names phonetically, in either order (swapped given/surname land in the same block).
    name: 'name_phonetic_pair',
    keys: (r) => (r.surname ? [[nameKey(r.given), nameKey(r.surname)].sort().join('|')] : []),
  },
  { name: 'dob', keys: (r) => [r.dob ?? ''] },
  { name: 'postcode+given_initial', keys: (r) => [r.postcode ? `${r.postcode}|${initial(r.given)}` : ''] },
  {
    name: 'given_phonetic+birth_year',
    keys: (r) => [r.givenCode && r.dob ? `${r.givenCode}|${r.dob.slice(0, 4)}` : ''],
  },
  { name: 'street+number', keys: (r) => [r.street && r.streetNumber ? `${r.streetNumber}|${r.street}` : ''] },
  { name: 'phone', keys: (r) => r.phones },
  { name: 'email', keys: (r) => r.emails },
  { name: 'shared_identifier', keys: (r) => r.ids },
];
