import type { PersonAnalysis } from '../../core/analysis-types.ts';
import type { SellerNetwork } from '../../core/network-types.ts';
import type { IdentifierRow } from '../../store/analysis.ts';
import { receiverNameKey, surnameOf } from '../stages/person-view.ts';
import { candidateReasons } from './candidate-score.ts';
import { describeNetwork } from './describe-network.ts';
import { joinByCoPayers } from './co-payers.ts';
import { joinGivenOut } from './given-out.ts';
import { joinHouseholds } from './household.ts';
import { groupNetworks, type SellerGroup } from './group-networks.ts';
import type { NetworkContext } from './network-context.ts';
import { receiverEntities, type ReceiverEntity } from './receiver-entities.ts';
import { hiddenSellers } from './hidden-sellers.ts';
import { receiverVotes, type VoteInputs } from './receiver-votes.ts';
import { homeOf } from './seller-homes.ts';
import { familyTransfer } from '../stages/person-view.ts';

/** A collector no known network claims, paid by this many unrelated senders abroad, is a candidate network of its own (S1). */
export const LONE_COLLECTOR_PAYERS = 3;

export interface FindInputs {
  readonly ctx: NetworkContext;
  readonly sellers: readonly PersonAnalysis[];
  readonly tiedSellerAccount: VoteInputs['tiedSellerAccount'];
  /** Phones and receiver names the seller accounts wrote in chat. */
  readonly sellerIdentifiers: readonly IdentifierRow[];
}

/**
 * Seller networks from the assessed persons: collectors found from transfers, tied to sellers by
 * chat, grouped with the sellers they collect for, described, and the unknown ones ranked.
 */
export function findNetworks(inp: FindInputs): SellerNetwork[] {
  const first = groupPass(inp, inp.sellers);
  // sellers nobody marked and the hub rule missed, found through the collectors they use
  const knownAccounts = new Set(
    inp.sellers.flatMap((s) => s.accounts.map((a) => `${a.platform}:${a.handle}`)),
  );
  const hidden = hiddenSellers(
    loneCollectors(first.groups, first.entities, inp.ctx).map((g) => g.receivers[0]!.entity),
    inp.ctx,
    knownAccounts,
    inp.tiedSellerAccount,
  );
  const { groups, entities } = hidden.length === 0 ? first : groupPass(inp, [...inp.sellers, ...hidden]);
  return describeAndRank([...groups, ...loneCollectors(groups, entities, inp.ctx)], inp.ctx);
}

/** Collectors no network claims, paid by several unrelated senders abroad (S1): candidate networks of their own. */
function loneCollectors(
  groups: readonly SellerGroup[],
  entities: readonly ReceiverEntity[],
  ctx: NetworkContext,
): SellerGroup[] {
  const claimed = new Set(groups.flatMap((g) => g.receivers.map((r) => r.entity.id)));
  const out: SellerGroup[] = [];
  for (const e of entities) {
    if (claimed.has(e.id)) continue;
    const payers = new Set<string>();
    for (const t of e.transactions)
      if (!familyTransfer(t) && t.sender_country !== null && t.sender_country !== t.receiver_country)
        payers.add(ctx.payerOf.get(t.transaction_id) ?? `sender:${t.sender_name ?? t.transaction_id}`);
    if (payers.size >= LONE_COLLECTOR_PAYERS)
      out.push({ sellers: [], ties: [], receivers: [{ entity: e, votes: 0, share: 0, via: 'alone' }] });
  }
  return out;
}

/** What voting on collectors reads: chat ties, payers, sellers' chat partners, identifiers given out. */
export function voteInputs(inp: FindInputs, sellers: readonly PersonAnalysis[]): VoteInputs {
  const { ctx } = inp;
  const { facts } = ctx;
  const sellerOfAccount = new Map<string, string>();
  for (const s of sellers)
    for (const a of s.accounts) sellerOfAccount.set(`${a.platform}:${a.handle}`, s.person_id);

  const partnersOf = new Map<string, Map<string, number>>();
  const sellerPartners = (personId: string): Map<string, number> => {
    const cached = partnersOf.get(personId);
    if (cached !== undefined) return cached;
    const out = new Map<string, number>();
    for (const a of ctx.persons.get(personId)?.accounts ?? [])
      for (const [partner, n] of Object.entries(
        facts.profiles.get(`${a.platform}:${a.handle}`)?.partners ?? {},
      )) {
        const seller = sellerOfAccount.get(partner);
        if (seller !== undefined && seller !== personId) out.set(seller, (out.get(seller) ?? 0) + n);
      }
    partnersOf.set(personId, out);
    return out;
  };
  const givenOut = new Map<string, Map<string, string[]>>();
  for (const r of inp.sellerIdentifiers) {
    const seller = sellerOfAccount.get(`${r.platform}:${r.sender}`);
    if (seller === undefined) continue;
    const key =
      r.type === 'phone' ? `phone:${r.value.replace(/\D/g, '').slice(-9)}` : receiverNameKey(r.value);
    if (key === null) continue;
    const bySeller = givenOut.get(key) ?? givenOut.set(key, new Map()).get(key)!;
    (bySeller.get(seller) ?? bySeller.set(seller, []).get(seller)!).push(r.message_id);
  }
  return {
    tiedSellerAccount: inp.tiedSellerAccount,
    sellerOfAccount,
    payerOf: ctx.payerOf,
    sellerPartners,
    sellerSurnames: (seller) =>
      new Set((ctx.persons.get(seller)?.names ?? []).map(surnameOf).filter((x): x is string => x !== null)),
    givenOut,
  };
}

function groupPass(
  inp: FindInputs,
  sellers: readonly PersonAnalysis[],
): { groups: SellerGroup[]; entities: ReceiverEntity[] } {
  const { ctx } = inp;
  const { facts } = ctx;
  const inputs = voteInputs(inp, sellers);
  const toSellerCountry = facts.transactions.filter(
    (t) => t.receiver_country === null || ctx.sellerCountries.has(t.receiver_country),
  );
  const { entities } = receiverEntities(toSellerCountry);
  const voted = entities.map((entity) => ({ entity, votes: receiverVotes(entity, inputs) }));

  const homes = new Map<string, { lat: number; lon: number }>();
  for (const s of sellers) {
    const h = homeOf(s.accounts.flatMap((a) => ctx.locations.get(`${a.platform}:${a.handle}`) ?? []));
    if (h !== null) homes.set(s.person_id, h);
  }
  const groups = joinHouseholds(
    joinByCoPayers(
      joinGivenOut(
        groupNetworks(
          sellers.map((s) => s.person_id),
          voted.filter((v) => v.votes.size > 0),
          homes,
        ),
        voted,
        ctx.payerOf,
      ),
      entities,
      ctx.payerOf,
    ),
    entities,
    ctx.payerOf,
  );
  return { groups, entities };
}

function describeAndRank(groups: readonly SellerGroup[], ctx: NetworkContext): SellerNetwork[] {
  const described = groups.map((g) => describeNetwork(g, ctx));
  const scored = described.map((n) => {
    const reasons = n.known ? [] : candidateReasons(n, ctx);
    return { n, reasons, score: +reasons.reduce((a, r) => a + r.weight, 0).toFixed(3) };
  });
  const ranked = scored
    .filter((s) => !s.n.known)
    .sort((a, b) => b.score - a.score || (a.n.network_id < b.n.network_id ? -1 : 1));
  const rankOf = new Map(ranked.map((s, i) => [s.n.network_id, i + 1]));
  return scored
    .map(({ n, reasons, score }) => ({
      ...n,
      candidate: n.known ? null : { rank: rankOf.get(n.network_id)!, score, reasons },
    }))
    .sort((a, b) => (a.network_id < b.network_id ? -1 : 1));
}
