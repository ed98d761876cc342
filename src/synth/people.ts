/** A person: name, birth date, home, phone, e-mail, zone, language and daily rhythm. */
import { countryOf, ZONE_CITIES, type Lang } from './countries.ts';
import { drawEmail } from './handles.ts';
import { drawName, type FullName } from './names.ts';
import { drawPhone } from './phones.ts';
import { streetAddress } from './places.ts';
import type { Rng } from './prng.ts';
import { drawRhythm } from './rhythm.ts';
import type { Person, PersonKind, TruthRole } from './world-types.ts';

export interface PersonSpec {
  readonly id: string;
  readonly kind: PersonKind;
  readonly country: string;
  readonly sex?: 'm' | 'f';
  readonly surname?: string;
  readonly city?: string;
  readonly address?: string;
  readonly lang?: Lang;
  readonly nightOwlRate?: number;
  readonly birthYears?: readonly [number, number];
  /** Filipino names for overseas Filipino workers and PH residents. */
  readonly filipino?: boolean;
}

const ROLE: Readonly<Record<PersonKind, TruthRole>> = {
  facilitator: 'seller',
  relative: 'seller',
  mule: 'seller',
  buyer: 'buyer',
  talker: 'other',
  contact: 'other',
  ofw: 'other',
  partner: 'other',
  payee: 'other',
  proxy: 'other',
};

export function makePerson(rng: Rng, spec: PersonSpec): Person {
  const country = countryOf(spec.country);
  const culture = spec.filipino === true ? 'filipino' : country.culture;
  const sex = spec.sex ?? 'm';
  const name: FullName = drawName(rng, culture, sex, spec.surname);
  const [y0, y1] = spec.birthYears ?? [1950, 1992];
  const year = rng.int(y0, y1);
  const dob = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const zone = rng.weighted(country.zones);
  const lang: Lang = spec.lang ?? (rng.chance(0.3) ? rng.weighted(country.langs) : 'en');
  const city = spec.city ?? rng.pick(ZONE_CITIES[zone.name] ?? country.cities);
  return {
    id: spec.id,
    kind: spec.kind,
    role: ROLE[spec.kind],
    country: spec.country,
    zone,
    name,
    sex,
    dob,
    city,
    address: spec.address ?? streetAddress(rng, culture),
    phone: drawPhone(rng, country),
    email: drawEmail(rng, name, country.emailDomains, year),
    lang,
    rhythm: drawRhythm(rng, spec.nightOwlRate ?? 0.08),
    networkId: null,
    accounts: [],
    buyer: null,
    trips: [],
    isLead: false,
    urgentReasons: [],
    householdId: null,
  };
}

export function birthYear(p: Person): number {
  return Number(p.dob.slice(0, 4));
}
