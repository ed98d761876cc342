/** Builds the whole world except the message text, in a fixed order, from the seed and scale. */
import { newContext } from './context.ts';
import { buildConversations, scaleSizes } from './conversations.ts';
import { buildCustomers } from './customers.ts';
import { disclosures } from './disclosures.ts';
import { IpSpace } from './ip-space.ts';
import { judge } from './judge.ts';
import { planBuyerPayments, planFamilySupport, type MoneyState } from './money.ts';
import { buildNetworks } from './networks.ts';
import { SCALE_PARAMS, type Scale } from './scale.ts';
import { planTrips } from './travel.ts';
import type { Conversation, Person, Transfer, World } from './world-types.ts';

let ipSpace: IpSpace | null = null;

/** Messages a conversation needs at least: a burst around each of its payments plus an opening. */
export function minimumSize(c: Conversation): number {
  return 4 + c.transfers.length * 5 + (c.travelTalk === null ? 0 : 6);
}

export function buildWorld(seed: number, scale: Scale): World {
  const params = SCALE_PARAMS[scale];
  ipSpace ??= new IpSpace();
  const ctx = newContext(seed, ipSpace, params);
  let counter = 0;
  const nextId = (): string => `P${String(++counter).padStart(6, '0')}`;
  const networks = buildNetworks(ctx, nextId);
  const plans = buildCustomers(ctx, networks, nextId);
  const conversations = buildConversations(ctx, plans, networks);
  const byPerson = new Map<Person, Conversation[]>();
  for (const c of conversations) {
    const list = byPerson.get(c.customer.person) ?? [];
    list.push(c);
    byPerson.set(c.customer.person, list);
  }
  for (const plan of plans)
    planTrips(ctx.root.fork('trips', plan.person.id), plan.person, byPerson.get(plan.person) ?? []);
  const money: MoneyState = { ctx, transfers: [], proxies: [], agents: [], personal: new Map(), nextId };
  const netById = new Map(networks.map((n) => [n.id, n]));
  for (const plan of plans) {
    const convs = byPerson.get(plan.person) ?? [];
    if (plan.person.kind === 'buyer') planBuyerPayments(money, plan, convs, netById);
    else if (plan.person.kind === 'ofw' || plan.person.kind === 'partner')
      planFamilySupport(money, plan, convs[0] ?? null);
  }
  for (const c of conversations) {
    c.transfers.sort((a, b) => a.sentAt - b.sentAt);
    disclosures(ctx.root.fork('disclose', c.index), c);
  }
  scaleSizes(conversations, params.messages, minimumSize);
  const persons: Person[] = [];
  const seen = new Set<Person>();
  const add = (p: Person): void => {
    if (!seen.has(p)) {
      seen.add(p);
      persons.push(p);
    }
  };
  for (const n of networks) n.members.forEach(add);
  for (const plan of plans) {
    add(plan.person);
    plan.payees.forEach(add);
  }
  money.proxies.forEach(add);
  persons.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const paid = new Map<Person, Transfer[]>();
  for (const t of money.transfers) {
    const list = paid.get(t.payer) ?? [];
    list.push(t);
    paid.set(t.payer, list);
  }
  for (const p of persons) judge(p, paid.get(p) ?? [], byPerson.get(p) ?? []);
  const accounts = [
    ...new Set([...networks.flatMap((n) => n.accounts), ...conversations.map((c) => c.customer)]),
  ];
  return { seed, ctx, persons, networks, accounts, conversations, transfers: money.transfers };
}
