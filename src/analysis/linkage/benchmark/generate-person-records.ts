import { mulberry32 } from '../random-pairs-u.ts';
import { GIVEN_NAMES, NICKNAMES, STATES, SURNAMES, inventedStreet, inventedTown } from './name-lists.ts';

/** FEBRL-style columns; `rec_id` encodes the true entity as `rec-<entity>-org` or `rec-<entity>-dup-<k>`. */
export const BENCHMARK_COLUMNS = [
  'rec_id',
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'phone_number',
] as const;
export type BenchmarkRow = Record<(typeof BENCHMARK_COLUMNS)[number], string>;

export interface BenchmarkOptions {
  /** Total rows (originals plus duplicates). */
  readonly records: number;
  readonly seed?: number;
  /** Share of originals that get duplicates (default 0.5). */
  readonly duplicatedShare?: number;
  /** Most duplicates of one original (default 5, as FEBRL). */
  readonly maxDuplicates?: number;
  /** Largest number of modifications in one duplicate (default 3). */
  readonly maxModifications?: number;
  /** Chance that any field of any record is empty (default 0.05). */
  readonly missingRate?: number;
}

const KEYBOARD: Readonly<Record<string, string>> = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
  '0': '9',
  '1': '2',
  '2': '13',
  '3': '24',
  '4': '35',
  '5': '46',
  '6': '57',
  '7': '68',
  '8': '79',
  '9': '80',
};
const PHONETIC: ReadonlyArray<readonly [string, string]> = [
  ['ph', 'f'],
  ['ck', 'k'],
  ['c', 'k'],
  ['ie', 'y'],
  ['ei', 'ie'],
  ['ou', 'u'],
  ['th', 't'],
  ['sch', 'sh'],
  ['ll', 'l'],
  ['mm', 'm'],
  ['nn', 'n'],
  ['tt', 't'],
  ['ss', 's'],
  ['ae', 'e'],
  ['oe', 'o'],
  ['v', 'w'],
  ['z', 's'],
  ['y', 'i'],
];

/**
 * A deterministic FEBRL-like person-record benchmark: names drawn with realistic frequency skew,
 * dates of birth, addresses, phones; duplicates carrying typos, phonetic spellings, nicknames,
 * swapped name fields, swapped day/month, abbreviations and missing values.
 */
export function generatePersonRecords(options: BenchmarkOptions): BenchmarkRow[] {
  const rand = mulberry32(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Zipf-like draw: earlier names are more frequent.
  const zipf = <T>(xs: readonly T[]): T =>
    xs[Math.min(xs.length - 1, Math.floor(Math.pow(rand(), 2.2) * xs.length))]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const missing = options.missingRate ?? 0.05;
  const dupShare = options.duplicatedShare ?? 0.5;
  const maxDup = options.maxDuplicates ?? 5;
  const maxMods = options.maxModifications ?? 3;

  const typo = (s: string): string => {
    if (s.length < 2) return s;
    const i = int(0, s.length - 1);
    const ch = s[i]!;
    switch (int(0, 3)) {
      case 0:
        return s.slice(0, i) + s.slice(i + 1);
      case 1:
        return s.slice(0, i) + pick([...(KEYBOARD[ch] ?? ch)]) + s.slice(i);
      case 2:
        return s.slice(0, i) + pick([...(KEYBOARD[ch] ?? ch)]) + s.slice(i + 1);
      default:
        return i < s.length - 1 ? s.slice(0, i) + s[i + 1]! + ch + s.slice(i + 2) : s.slice(0, -1);
    }
  };
  const phonetic = (s: string): string => {
    const rules = PHONETIC.filter(([a]) => s.includes(a));
    if (!rules.length) return typo(s);
    const [a, b] = pick(rules);
    return s.replace(a, b);
  };

  const towns = Array.from({ length: 300 }, (_, i) => ({
    town: inventedTown(i),
    postcode: String(2000 + i * 7),
    state: STATES[i % STATES.length]!,
  }));
  const originals: BenchmarkRow[] = [];
  const rows: BenchmarkRow[] = [];
  let entity = 0;
  while (rows.length < options.records) {
    const town = zipf(towns);
    const street = inventedStreet(int(0, 2000));
    const dob = `${int(1940, 2005)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}`;
    const org: BenchmarkRow = {
      rec_id: `rec-${entity}-org`,
      given_name: zipf(GIVEN_NAMES),
      surname: zipf(SURNAMES),
      street_number: String(int(1, 300)),
      address_1: `${street.name} ${street.type}`,
      address_2: rand() < 0.2 ? `unit ${int(1, 40)}` : '',
      suburb: town.town,
      postcode: town.postcode,
      state: town.state,
      date_of_birth: dob,
      phone_number: `04${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`,
    };
    originals.push(org);
    rows.push(blank(org, rand, missing));
    const dups = rand() < dupShare ? Math.min(maxDup, 1 + Math.floor(-Math.log(1 - rand()) * 1.2)) : 0;
    for (let k = 0; k < dups && rows.length < options.records; k++) {
      const d: BenchmarkRow = { ...org, rec_id: `rec-${entity}-dup-${k}` };
      const mods = int(1, maxMods);
      for (let m = 0; m < mods; m++) {
        switch (int(0, 11)) {
          case 0:
            d.given_name = typo(d.given_name);
            break;
          case 1:
            d.surname = typo(d.surname);
            break;
          case 2:
            d.surname = phonetic(d.surname);
            break;
          case 3:
            d.given_name = NICKNAMES[org.given_name]
              ? pick(NICKNAMES[org.given_name]!)
              : phonetic(d.given_name);
            break;
          case 4:
            [d.given_name, d.surname] = [d.surname, d.given_name];
            break;
          case 5:
            d.date_of_birth = typo(d.date_of_birth).padEnd(8, '0').slice(0, 8);
            break;
          case 6:
            d.date_of_birth =
              d.date_of_birth.slice(0, 4) + d.date_of_birth.slice(6, 8) + d.date_of_birth.slice(4, 6);
            break;
          case 7:
            d.address_1 =
              rand() < 0.5
                ? d.address_1.replace(
                    /street|road|avenue|drive|court|place/,
                    (w) =>
                      ({ street: 'st', road: 'rd', avenue: 'ave', drive: 'dr', court: 'ct', place: 'pl' })[
                        w
                      ] ?? w,
                  )
                : typo(d.address_1);
            break;
          case 8:
            d.postcode = typo(d.postcode);
            break;
          case 9:
            d.suburb = typo(d.suburb);
            break;
          case 10:
            d.phone_number = rand() < 0.5 ? '' : typo(d.phone_number);
            break;
          default: {
            const fields = [
              'given_name',
              'surname',
              'street_number',
              'address_1',
              'suburb',
              'postcode',
              'date_of_birth',
              'phone_number',
            ] as const;
            d[pick(fields)] = '';
          }
        }
      }
      rows.push(blank(d, rand, missing));
    }
    entity++;
  }
  // Shuffle so duplicates are not adjacent.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

function blank(r: BenchmarkRow, rand: () => number, rate: number): BenchmarkRow {
  const out = { ...r };
  for (const k of [
    'given_name',
    'surname',
    'street_number',
    'address_1',
    'suburb',
    'postcode',
    'state',
    'date_of_birth',
    'phone_number',
  ] as const) {
    if (rand() < rate) out[k] = '';
  }
  return out;
}

/** The true entity of a benchmark row id. */
export function entityOf(recId: string): string {
  return recId.replace(/-(?:org|dup-\d+)$/, '');
}
