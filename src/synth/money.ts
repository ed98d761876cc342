/**
 * Transfers: buyers paying network receivers for sessions, overseas workers' monthly family
 * support, foreigners supporting a partner. Amounts, rhythms, name noise, third-party payers,
 * payments from abroad while travelling and receiver rotation follow the rates below.
 */
import { countryOf, USD_PER_UNIT } from './countries.ts';
import type { BuildContext } from './context.ts';
import type { CustomerPlan } from './customers.ts';
import { noisyName } from './name-noise.ts';
import { makePerson } from './people.ts';
import type { Rng } from './prng.ts';
import { drawProvider, type Provider } from './providers.ts';
import { drawInstant } from './rhythm.ts';
import { WORLD_END, WORLD_START } from './scale.ts';
import { tripAt } from './travel.ts';
import type { Conversation, Network, Person, Transfer, TransferPurpose } from './world-types.ts';

export const OFW_SKIP_MONTH_RATE = 0.15;
export const OFW_QUOTE_RATE = 0.35;
export const OFW_SENT_RATE = 0.6;
export const RECEIVER_NAME_EXACT_RATE = 0.7;
/** Shares of third-party payments: spouse (same surname and address), friend, paid agent abroad. */
export const PROXY_KINDS: readonly (readonly ['spouse' | 'friend' | 'agent', number])[] = [
  ['spouse', 5],
  ['friend', 3],
  ['agent', 2],
];

const DAY = 86_400_000;
/** Buyers pay in episodes: one episode per this many payments, each spanning about ±3 weeks. */
export const PAYMENTS_PER_EPISODE = 6;
export const EPISODE_HALF_WIDTH_DAYS = 21;

export interface MoneyState {
  readonly ctx: BuildContext;
  readonly transfers: Transfer[];
  readonly proxies: Person[];
  readonly agents: Person[];
  /** A payer's own spouse or friend is reused for all the payer's third-party payments. */
  readonly personal: Map<string, Person>;
  readonly nextId: () => string;
}

export function roundAmount(rng: Rng, usd: number, currency: string): string {
  const units = usd / (USD_PER_UNIT[currency] ?? 1);
  if (rng.chance(0.6)) {
    const step = units >= 5000 ? 500 : units >= 1000 ? 100 : units >= 200 ? 10 : 5;
    return (Math.max(1, Math.round(units / step)) * step).toFixed(2);
  }
  return Math.max(1, units).toFixed(2);
}

function receiverAt(rng: Rng, network: Network, t: number): Person {
  const active = network.receivers.filter((r) => t >= r.from && t < r.to);
  const list = active.length > 0 ? active : network.receivers;
  const r = list.length > 0 ? rng.pick(list) : undefined;
  return r?.person ?? (network.members[0] as Person);
}

function proxyFor(state: MoneyState, rng: Rng, payer: Person): Person {
  const kind = rng.weighted(PROXY_KINDS);
  if (kind === 'agent') {
    if (state.agents.length < 3 + state.ctx.params.networks / 4 || rng.chance(0.1)) {
      const agent = makePerson(rng.fork('agent'), {
        id: state.nextId(),
        kind: 'proxy',
        country: rng.chance(0.6) ? 'PH' : 'TH',
        filipino: rng.chance(0.7),
      });
      state.agents.push(agent);
      state.proxies.push(agent);
      return agent;
    }
    return rng.pick(state.agents);
  }
  const cached = state.personal.get(`${payer.id}/${kind}`);
  if (cached !== undefined) return cached;
  const p = makePerson(rng.fork('proxy', kind), {
    id: state.nextId(),
    kind: 'proxy',
    country: payer.country,
    sex: kind === 'spouse' ? 'f' : 'm',
    city: payer.city,
    ...(kind === 'spouse' ? { surname: payer.name.surname, address: payer.address } : {}),
  });
  if (kind === 'spouse') {
    payer.householdId = payer.householdId ?? `${payer.id}-home`;
    p.householdId = payer.householdId;
  }
  state.proxies.push(p);
  state.personal.set(`${payer.id}/${kind}`, p);
  return p;
}

interface TransferSpec {
  readonly payer: Person;
  readonly named: Person;
  readonly receiver: Person;
  readonly t: number;
  readonly usd: number;
  readonly purpose: TransferPurpose;
  readonly network: string | null;
  readonly conversation: number;
  readonly quoted: boolean;
  readonly sentMessage: boolean;
  readonly provider: Provider | null;
}

export function addTransfer(state: MoneyState, rng: Rng, s: TransferSpec): Transfer {
  const trip = s.named === s.payer ? tripAt(s.payer, s.t) : null;
  const senderCountry = trip?.country ?? s.named.country;
  const currency = countryOf(senderCountry).currency;
  const provider = drawProvider(rng, new Date(s.t).getUTCFullYear(), s.provider);
  const transfer: Transfer = {
    id: state.ctx.refs.draw(rng, provider),
    provider: provider.name,
    sentAt: s.t,
    payer: s.payer,
    named: s.named,
    senderName: noisyName(s.named.name, rng),
    senderCountry,
    senderCity: trip?.city ?? s.named.city,
    amount: roundAmount(rng, s.usd, currency),
    currency,
    receiver: s.receiver,
    receiverName: rng.chance(RECEIVER_NAME_EXACT_RATE)
      ? `${s.receiver.name.given} ${s.receiver.name.surname}`
      : noisyName(s.receiver.name, rng),
    purpose: s.purpose,
    networkId: s.network,
    conversation: s.conversation,
    quoted: s.quoted,
    sentMessage: s.sentMessage || s.quoted,
    travelling: trip !== null,
  };
  state.transfers.push(transfer);
  return transfer;
}

export function planBuyerPayments(
  state: MoneyState,
  plan: CustomerPlan,
  convs: readonly Conversation[],
  networks: ReadonlyMap<string, Network>,
): void {
  const traits = plan.person.buyer;
  if (traits === null || convs.length === 0) return;
  const rng = state.ctx.root.fork('payments', plan.person.id);
  const favourite = drawProvider(rng, 2030, null);
  const weights = convs.map((c) => Math.max(1, (c.to - c.from) / DAY));
  // payments come in episodes (a few weeks of frequent sessions), escalating buyers' late and denser
  const episodes = new Map<Conversation, number[]>();
  const nEpisodes = 1 + Math.floor(traits.payments / PAYMENTS_PER_EPISODE);
  for (let i = 0; i < traits.payments; i++) {
    const conv = convs[rng.weightedIndex(weights)] as Conversation;
    const network = networks.get(conv.seller.person.networkId ?? '');
    if (network === undefined) continue;
    let centres = episodes.get(conv);
    if (centres === undefined) {
      centres = [];
      for (let k = 0; k < nEpisodes; k++) {
        const u = traits.escalates ? Math.sqrt(rng.next()) : rng.next();
        centres.push(conv.from + u * (conv.to - conv.from));
      }
      episodes.set(conv, centres);
    }
    const centre = rng.pick(centres);
    const half = EPISODE_HALF_WIDTH_DAYS * DAY;
    const t = drawInstant(
      plan.person.rhythm,
      plan.person.zone,
      rng,
      Math.max(conv.from, centre - half),
      Math.min(conv.to, centre + half),
    );
    const progress = (t - conv.from) / Math.max(1, conv.to - conv.from);
    const named = rng.chance(traits.thirdPartyRate) ? proxyFor(state, rng, plan.person) : plan.person;
    const usd = traits.medianUsd * rng.logNormal(1, 0.45) * (traits.escalates ? 0.6 + 1.6 * progress : 1);
    const tr = addTransfer(state, rng, {
      payer: plan.person,
      named,
      receiver: receiverAt(rng, network, t),
      t,
      usd,
      purpose: 'session',
      network: network.id,
      conversation: conv.index,
      quoted: rng.chance(traits.quoteRate),
      sentMessage: rng.chance(traits.sentRate),
      provider: favourite,
    });
    conv.transfers.push(tr);
  }
}

export function planFamilySupport(state: MoneyState, plan: CustomerPlan, conv: Conversation | null): void {
  const rng = state.ctx.root.fork('support', plan.person.id);
  const favourite = drawProvider(rng, 2012, null);
  const isOfw = plan.person.kind === 'ofw';
  const baseUsd = isOfw ? rng.logNormal(260, 0.35) : rng.logNormal(120, 0.5);
  const everyDays = isOfw ? 30.4 : rng.int(14, 45);
  const payday = rng.pick([1, 15, 28]);
  let t = plan.from + rng.int(0, 20) * DAY;
  while (t < plan.to) {
    if (!rng.chance(OFW_SKIP_MONTH_RATE)) {
      const day = new Date(t);
      const jitter = rng.int(-3, 3);
      let when = isOfw ? Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), payday + jitter) : t;
      when += rng.int(8, 20) * 3_600_000 - plan.person.zone.stdMinutes * 60_000 + rng.int(0, 3599) * 1000;
      const receiver = rng.pick(plan.payees);
      if (when < WORLD_START || when >= WORLD_END) {
        t += everyDays * DAY;
        continue;
      }
      const inChat = conv !== null && when >= conv.from && when < conv.to;
      const tr = addTransfer(state, rng, {
        payer: plan.person,
        named: plan.person,
        receiver,
        t: when,
        usd: baseUsd * (rng.chance(0.1) ? 2 : 1) * rng.logNormal(1, 0.1),
        purpose: isOfw ? 'family' : 'partner',
        network: receiver.networkId,
        conversation: inChat ? conv.index : -1,
        quoted: inChat && rng.chance(OFW_QUOTE_RATE),
        sentMessage: inChat && rng.chance(OFW_SENT_RATE),
        provider: favourite,
      });
      if (inChat) conv.transfers.push(tr);
    }
    t += everyDays * DAY;
  }
}
