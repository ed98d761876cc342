/**
 * The people on the other side of the sellers' chats and transfers: buyers, talkers who never
 * pay, the sellers' ordinary contacts, overseas Filipino workers sending family support (some
 * to relatives inside a network), and foreigners supporting a partner. Rates are constants here
 * and are tabled in docs/synthetic-world.md.
 */
import { COUNTRIES, PHILIPPINES, type Country } from './countries.ts';
import type { BuildContext } from './context.ts';
import { makePerson } from './people.ts';
import type { Rng } from './prng.ts';
import { WORLD_END, WORLD_START } from './scale.ts';
import type { BuyerTraits, Carefulness, ConversationKind, Network, Person } from './world-types.ts';

export const BUYER_NIGHT_OWL_RATE = 0.35;
export const OTHER_NIGHT_OWL_RATE = 0.15;
export const OFW_KIN_RATE = 0.3;
export const OFW_CHAT_RATE = 0.5;
export const PARTNER_SAME_RECEIVER_RATE = 0.2;

export const CAREFULNESS: Readonly<
  Record<
    Carefulness,
    Omit<BuyerTraits, 'carefulness' | 'lateNight' | 'escalates' | 'payments' | 'medianUsd'> & {
      weight: number;
    }
  >
> = {
  careless: { weight: 12, quoteRate: 0.3, sentRate: 0.6, vpnRate: 0.05, discloses: true, thirdPartyRate: 0 },
  average: {
    weight: 38,
    quoteRate: 0.03,
    sentRate: 0.1,
    vpnRate: 0.2,
    discloses: false,
    thirdPartyRate: 0.1,
  },
  careful: { weight: 50, quoteRate: 0, sentRate: 0.03, vpnRate: 0.7, discloses: false, thirdPartyRate: 0.4 },
};

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** A customer before accounts and chats exist: who, when, with which networks. */
export interface CustomerPlan {
  readonly person: Person;
  readonly kind: ConversationKind | 'none';
  from: number;
  to: number;
  readonly networks: Network[];
  readonly accounts: number;
  /** Receivers of this person's family support or partner transfers. */
  readonly payees: Person[];
}

function pickCountry(rng: Rng, weight: (c: Country) => number): Country {
  return rng.weighted(COUNTRIES.map((c) => [c, weight(c)] as const));
}

function window(rng: Rng, medianYears: number): [number, number] {
  const span = Math.min(WORLD_END - WORLD_START, rng.logNormal(medianYears, 0.8) * YEAR);
  const from = WORLD_START + rng.next() * (WORLD_END - WORLD_START - Math.min(span, 30 * DAY));
  return [from, Math.min(WORLD_END, from + span)];
}

function overlapping(networks: readonly Network[], from: number, to: number): Network[] {
  return networks.filter((n) => n.from < to - 14 * DAY && n.to > from + 14 * DAY);
}

function chooseNetworks(
  rng: Rng,
  networks: readonly Network[],
  from: number,
  to: number,
  weights: [number, number][],
): Network[] {
  const pool = overlapping(networks, from, to);
  const list = pool.length > 0 ? pool : networks.slice();
  return rng.sample(list, rng.weighted(weights));
}

function clampTo(plan: { from: number; to: number }, nets: readonly Network[]): void {
  const lo = Math.min(...nets.map((n) => n.from));
  const hi = Math.max(...nets.map((n) => n.to));
  plan.from = Math.max(plan.from, lo);
  plan.to = Math.min(plan.to, hi);
  if (plan.to - plan.from < 14 * DAY) {
    plan.from = lo;
    plan.to = Math.min(hi, lo + YEAR);
  }
}

export function buyerTraits(rng: Rng): BuyerTraits {
  const carefulness = rng.weighted(
    (Object.keys(CAREFULNESS) as Carefulness[]).map((k) => [k, CAREFULNESS[k].weight] as const),
  );
  const c = CAREFULNESS[carefulness];
  return {
    carefulness,
    quoteRate: c.quoteRate,
    sentRate: c.sentRate,
    vpnRate: c.vpnRate,
    discloses: c.discloses && rng.chance(0.6),
    thirdPartyRate: c.thirdPartyRate,
    lateNight: false,
    escalates: rng.chance(0.1),
    payments: Math.min(300, Math.floor(rng.pareto(1, 0.75))),
    medianUsd: rng.logNormal(45, 0.5),
  };
}

export function buildCustomers(
  ctx: BuildContext,
  networks: readonly Network[],
  nextId: () => string,
): CustomerPlan[] {
  const plans: CustomerPlan[] = [];
  const { buyers, talkers, contacts, ofws, partners } = ctx.params;
  for (let i = 0; i < buyers; i++) {
    const rng = ctx.root.fork('buyer', i);
    const country = pickCountry(rng, (c) => c.customerWeight);
    const person = makePerson(rng, {
      id: nextId(),
      kind: 'buyer',
      country: country.code,
      nightOwlRate: BUYER_NIGHT_OWL_RATE,
    });
    const traits = buyerTraits(rng);
    person.buyer = { ...traits, lateNight: person.rhythm.nightOwl };
    const [from, to] = window(rng, 1.5 + Math.min(4, traits.payments / 25));
    const nets = chooseNetworks(rng, networks, from, to, [
      [1, 65],
      [2, 25],
      [3, 7],
      [4, 3],
    ]);
    const plan = {
      person,
      kind: 'buyer' as const,
      from,
      to,
      networks: nets,
      accounts: rng.weighted<number>([
        [1, 55],
        [2, 27],
        [3, 12],
        [4, 6],
      ]),
      payees: [],
    };
    clampTo(plan, nets);
    plans.push(plan);
  }
  for (let i = 0; i < talkers; i++) {
    const rng = ctx.root.fork('talker', i);
    const country = pickCountry(rng, (c) => c.customerWeight);
    const person = makePerson(rng, {
      id: nextId(),
      kind: 'talker',
      country: country.code,
      nightOwlRate: OTHER_NIGHT_OWL_RATE,
    });
    const [from, to] = window(rng, 0.5);
    const nets = chooseNetworks(rng, networks, from, to, [
      [1, 80],
      [2, 15],
      [3, 5],
    ]);
    const plan = {
      person,
      kind: 'talker' as const,
      from,
      to,
      networks: nets,
      accounts: rng.weighted<number>([
        [1, 80],
        [2, 15],
        [3, 4],
        [4, 1],
      ]),
      payees: [],
    };
    clampTo(plan, nets);
    plans.push(plan);
  }
  for (let i = 0; i < contacts; i++) {
    const rng = ctx.root.fork('contact', i);
    const net = rng.pick(networks);
    const person = makePerson(rng, {
      id: nextId(),
      kind: 'contact',
      country: 'PH',
      sex: rng.chance(0.6) ? 'f' : 'm',
      filipino: true,
      city: rng.chance(0.85) ? net.city.name : rng.pick(PHILIPPINES.cities),
      lang: net.city.lang,
      birthYears: [1950, 2000],
    });
    const plan = {
      person,
      kind: 'contact' as const,
      from: net.from,
      to: net.to,
      networks: [net],
      accounts: rng.chance(0.9) ? 1 : 2,
      payees: [],
    };
    const [a, b] = window(rng, 3);
    plan.from = Math.max(net.from, Math.min(a, net.to - 30 * DAY));
    plan.to = Math.min(net.to, Math.max(b, plan.from + 30 * DAY));
    plans.push(plan);
  }
  for (let i = 0; i < ofws; i++) {
    const rng = ctx.root.fork('ofw', i);
    const country = pickCountry(rng, (c) => c.ofwWeight);
    const net = rng.pick(networks);
    const kin = rng.chance(OFW_KIN_RATE);
    const person = makePerson(rng, {
      id: nextId(),
      kind: 'ofw',
      country: country.code,
      sex: rng.chance(0.55) ? 'f' : 'm',
      filipino: true,
      lang: net.city.lang,
      birthYears: [1965, 1998],
      ...(kin ? { surname: net.surname } : {}),
    });
    const payees: Person[] = [];
    if (kin) {
      const fam = net.members.filter((m) => m.householdId !== null && m.kind !== 'facilitator');
      payees.push(...rng.sample(fam.length > 0 ? fam : net.members, rng.int(1, 2)));
    } else {
      const n = rng.int(1, 2);
      // the worker's family shares one home in the network's town (not the network's home)
      let address: string | undefined;
      for (let k = 0; k < n; k++) {
        const payee = makePerson(rng.fork('payee', k), {
          id: nextId(),
          kind: 'payee',
          country: 'PH',
          sex: rng.chance(0.7) ? 'f' : 'm',
          filipino: true,
          surname: person.name.surname,
          city: net.city.name,
          lang: net.city.lang,
          address,
        });
        address = payee.address;
        payee.householdId = `${person.id}-family`;
        payees.push(payee);
      }
    }
    const [from, to] = window(rng, 5);
    const chats = kin || rng.chance(OFW_CHAT_RATE);
    plans.push({
      person,
      kind: chats ? 'ofw' : 'none',
      from,
      to,
      networks: [net],
      accounts: chats ? 1 : 0,
      payees,
    });
  }
  for (let i = 0; i < partners; i++) {
    const rng = ctx.root.fork('partner', i);
    const country = pickCountry(rng, (c) => c.customerWeight);
    const person = makePerson(rng, { id: nextId(), kind: 'partner', country: country.code });
    const net = rng.pick(networks);
    let payee: Person;
    if (rng.chance(PARTNER_SAME_RECEIVER_RATE) && net.receivers.length > 0) {
      payee = rng.pick(net.receivers).person;
    } else {
      payee = makePerson(rng.fork('payee'), {
        id: nextId(),
        kind: 'payee',
        country: 'PH',
        sex: 'f',
        filipino: true,
        city: net.city.name,
        lang: net.city.lang,
        birthYears: [1975, 2000],
      });
    }
    const [from, to] = window(rng, 2.5);
    plans.push({ person, kind: 'none', from, to, networks: [net], accounts: 0, payees: [payee] });
  }
  return plans;
}
