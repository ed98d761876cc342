/**
 * Accounts of customers and the chats they hold with seller accounts. A customer account lives on
 * the platform of the seller account it was opened to talk to; a second seller account on the
 * same platform joins at SECOND_SELLER_RATE. Conversation sizes are heavy-tailed (log-normal,
 * sigma SIZE_SIGMA) and scaled so the world holds the scale's message count.
 */
import { makeAccount } from './accounts.ts';
import type { BuildContext } from './context.ts';
import type { CustomerPlan } from './customers.ts';
import type { Rng } from './prng.ts';
import type { Account, Conversation, ConversationKind, Network } from './world-types.ts';

export const SECOND_SELLER_RATE = 0.25;
export const SIZE_SIGMA = 1.5;
/** No pair writes more than this (about 30 messages a day for twelve years). */
export const MAX_SIZE = 120_000;
const KIND_WEIGHT: Readonly<Record<ConversationKind, number>> = {
  buyer: 3,
  talker: 0.6,
  contact: 1.2,
  ofw: 0.8,
};
const DAY = 86_400_000;

function sellerAccountsFor(nets: readonly Network[], from: number, to: number): Account[] {
  return nets.flatMap((n) => n.accounts).filter((a) => a.from < to - 7 * DAY && a.to > from + 7 * DAY);
}

export function buildConversations(
  ctx: BuildContext,
  plans: readonly CustomerPlan[],
  allNetworks: readonly Network[],
): Conversation[] {
  const out: Conversation[] = [];
  for (const plan of plans) {
    if (plan.kind === 'none' || plan.accounts === 0) continue;
    const kind = plan.kind;
    const rng = ctx.root.fork('conversations', plan.person.id);
    let candidates = sellerAccountsFor(plan.networks, plan.from, plan.to);
    if (candidates.length === 0) candidates = sellerAccountsFor(allNetworks, plan.from, plan.to);
    if (candidates.length === 0) candidates = plan.networks.flatMap((n) => n.accounts);
    const usedPlatforms = new Set<string>();
    for (let k = 0; k < plan.accounts; k++) {
      const fresh = candidates.filter((c) => !usedPlatforms.has(c.platform));
      const seller = rng.pick(fresh.length > 0 ? fresh : candidates);
      usedPlatforms.add(seller.platform);
      const from = Math.max(plan.from, seller.from);
      const to = Math.min(plan.to, seller.to);
      const [a, b] =
        to - from > 7 * DAY ? [from, to] : [seller.from, Math.min(seller.to, seller.from + 60 * DAY)];
      const account = makeAccount(ctx, rng.fork('account', k), plan.person, seller.platform, a, b, false);
      out.push(conversation(rng.fork('conv', k, 0), out.length, kind, seller, account, a, b));
      if (rng.chance(SECOND_SELLER_RATE)) {
        const others = candidates.filter(
          (c) => c !== seller && c.platform === seller.platform && c.from < b && c.to > a,
        );
        if (others.length > 0) {
          const s2 = rng.pick(others);
          const a2 = Math.max(a, s2.from);
          const b2 = Math.min(b, s2.to);
          if (b2 - a2 > DAY)
            out.push(conversation(rng.fork('conv', k, 1), out.length, kind, s2, account, a2, b2));
        }
      }
    }
  }
  return out;
}

function conversation(
  rng: Rng,
  index: number,
  kind: ConversationKind,
  seller: Account,
  customer: Account,
  from: number,
  to: number,
): Conversation {
  const years = Math.max(0.05, (to - from) / (365 * DAY));
  return {
    index,
    kind,
    seller,
    customer,
    from,
    to,
    size: KIND_WEIGHT[kind] * rng.logNormal(1, SIZE_SIGMA) * Math.sqrt(years),
    transfers: [],
    disclose: { email: false, phone: false, handle: null, name: false },
    travelTalk: null,
  };
}

/** Turns relative sizes into message counts summing to about `target`, at least `min(c)` each. */
export function scaleSizes(
  conversations: readonly Conversation[],
  target: number,
  min: (c: Conversation) => number,
): void {
  let weight = 0;
  let fixed = 0;
  for (const c of conversations) weight += c.size;
  for (const c of conversations) fixed += min(c);
  const factor = Math.max(0, target - fixed) / Math.max(weight, 1e-9);
  for (const c of conversations) c.size = Math.min(MAX_SIZE, Math.round(c.size * factor) + min(c));
}
