import type { Evidence } from '../../core/analysis-types.ts';
import type { TransactionFacts } from '../stages/case-facts.ts';
import { familyTransfer, surnameOf } from '../stages/person-view.ts';
import type { ReceiverEntity } from './receiver-entities.ts';

/**
 * Votes for "this collector takes money for that seller", per seller person, with the records
 * behind them. `exclusive` holds the sources (payers, seller messages) that point at this seller
 * alone: a buyer who chats with two networks says little about which one a collector works for.
 */
export type Votes = Map<
  string,
  { weight: number; payers: Set<string>; exclusive: Set<string>; evidence: Evidence[] }
>;

export interface VoteInputs {
  /** transaction id → the seller account the payment was confirmed to in chat (quoted reference or "sent it"). */
  readonly tiedSellerAccount: ReadonlyMap<string, { account: string; message_id: string }>;
  /** seller account → seller person. */
  readonly sellerOfAccount: ReadonlyMap<string, string>;
  /** transaction id → paying person. */
  readonly payerOf: ReadonlyMap<string, string>;
  /** person → the seller persons their accounts chat with, by messages exchanged. */
  readonly sellerPartners: (personId: string) => ReadonlyMap<string, number>;
  /** seller person → the family names of the names it goes by (lower-case). */
  readonly sellerSurnames: (seller: string) => ReadonlySet<string>;
  /** receiver key → seller person → messages in which that seller gave the key out (a phone, a name). */
  readonly givenOut: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** A transfer confirmed in chat to a seller counts whole; a payer's chats with sellers count half, shared out. */
export const TIE_VOTE = 1;
export const CHAT_VOTE = 0.5;
/**
 * A seller giving out the collector's phone in chat; a name given out counts less and never alone
 * (common names recur in other towns, and the name in chat carries no city).
 */
export const GIVEN_OUT_PHONE_VOTE = 2;
export const GIVEN_OUT_NAME_VOTE = 0.5;
const MAX_EVIDENCE = 12;

/** A payer whose chats with sellers are at least this much with one seller points at that seller alone. */
const EXCLUSIVE_SHARE = 0.9;

/**
 * One payer's transfers to a collector count at most this much for a seller, however many they are:
 * a payer is one witness (and the linkage may have given them someone else's transfers — a
 * partner's monthly support — which would otherwise outvote every buyer of the collector).
 */
export const PAYER_VOTE_CAP = 2;

interface Tally {
  readonly votes: Votes;
  /** `seller|payer` → weight that payer has given that seller so far. */
  readonly spent: Map<string, number>;
}

function add(
  tally: Tally,
  seller: string,
  weight: number,
  payer: string | null,
  ev: Evidence | null,
  exclusive: string | null,
): void {
  const { votes, spent } = tally;
  const v =
    votes.get(seller) ??
    votes.set(seller, { weight: 0, payers: new Set(), exclusive: new Set(), evidence: [] }).get(seller)!;
  if (payer !== null) {
    const k = `${seller}|${payer}`;
    const before = spent.get(k) ?? 0;
    const allowed = Math.max(0, Math.min(weight, PAYER_VOTE_CAP - before));
    spent.set(k, before + allowed);
    weight = allowed;
  }
  v.weight += weight;
  if (payer !== null) v.payers.add(payer);
  if (exclusive !== null) v.exclusive.add(exclusive);
  if (ev !== null && v.evidence.length < MAX_EVIDENCE && !v.evidence.some((e) => e.id === ev.id))
    v.evidence.push(ev);
}

/** Who each collector takes money for: ties between transfers and chats, payers' chats, sellers' own words. */
export function receiverVotes(e: ReceiverEntity, inputs: VoteInputs): Votes {
  const votes: Votes = new Map();
  const tally: Tally = { votes, spent: new Map() };
  for (const t of e.transactions) voteForTransfer(tally, t, inputs);
  for (const k of e.keys) {
    const bySeller = inputs.givenOut.get(k.split('|')[0]!);
    if (bySeller === undefined) continue;
    const phone = k.startsWith('phone:');
    for (const [seller, messages] of bySeller)
      for (const m of messages.slice(0, 5))
        add(
          tally,
          seller,
          phone ? GIVEN_OUT_PHONE_VOTE : GIVEN_OUT_NAME_VOTE,
          null,
          { kind: 'message', id: m },
          phone ? `message:${m}` : null,
        );
  }
  return votes;
}

function voteForTransfer(tally: Tally, t: TransactionFacts, inputs: VoteInputs): void {
  const payer = inputs.payerOf.get(t.transaction_id) ?? null;
  const ev: Evidence = { kind: 'transaction', id: t.transaction_id };
  const tie = inputs.tiedSellerAccount.get(t.transaction_id);
  const tiedSeller = tie === undefined ? undefined : inputs.sellerOfAccount.get(tie.account);
  // money between people sharing a family name is family support, whoever the sender also chats
  // with — unless it is confirmed in chat to a seller of that family name: then the receiver is of
  // the seller's own household
  if (familyTransfer(t)) {
    const surname = surnameOf(t.receiver_name);
    if (tiedSeller !== undefined && surname !== null && inputs.sellerSurnames(tiedSeller).has(surname))
      add(tally, tiedSeller, TIE_VOTE, payer, ev, payer ?? `tx:${t.transaction_id}`);
    return;
  }
  if (tiedSeller !== undefined) {
    add(tally, tiedSeller, TIE_VOTE, payer, ev, payer ?? `tx:${t.transaction_id}`);
    return;
  }
  if (payer === null) return;
  const partners = inputs.sellerPartners(payer);
  let total = 0;
  for (const n of partners.values()) total += n;
  if (total === 0) return;
  for (const [seller, n] of partners)
    add(tally, seller, (CHAT_VOTE * n) / total, payer, ev, n >= EXCLUSIVE_SHARE * total ? payer : null);
}
