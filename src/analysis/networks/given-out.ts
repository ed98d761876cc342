import { familyTransfer } from '../stages/person-view.ts';
import type { SellerGroup } from './group-networks.ts';
import type { ReceiverEntity } from './receiver-entities.ts';
import type { Votes } from './receiver-votes.ts';

/** A collector paid by this many unrelated senders abroad collects for someone (S1)… */
export const MIN_FOREIGN_PAYERS = 3;

/** Distinct senders abroad a collector receives from, family support left out. */
export function unrelatedForeignPayers(e: ReceiverEntity, payerOf: ReadonlyMap<string, string>): number {
  const payers = new Set<string>();
  for (const t of e.transactions)
    if (!familyTransfer(t) && t.sender_country !== null && t.sender_country !== t.receiver_country)
      payers.add(payerOf.get(t.transaction_id) ?? `sender:${t.sender_name ?? t.transaction_id}`);
  return payers.size;
}

/**
 * Collectors no network claimed whose phone or name one network's sellers gave out in chat, no
 * other network's votes pointing elsewhere, and paid by several unrelated senders abroad (…so
 * the seller who gave out where to pay is the one it collects for). A name alone is weak (names
 * recur), which is why the foreign payers are required as well.
 */
export function joinGivenOut(
  groups: readonly SellerGroup[],
  voted: readonly { entity: ReceiverEntity; votes: Votes }[],
  payerOf: ReadonlyMap<string, string>,
): SellerGroup[] {
  const out = groups.map((g) => ({ ...g, receivers: [...g.receivers] }));
  const claimed = new Set(out.flatMap((g) => g.receivers.map((r) => r.entity.id)));
  const groupOf = new Map<string, number>();
  out.forEach((g, i) => g.sellers.forEach((s) => groupOf.set(s, i)));
  for (const { entity, votes } of voted) {
    if (claimed.has(entity.id) || votes.size === 0) continue;
    const nets = new Set([...votes.keys()].map((s) => groupOf.get(s)));
    if (nets.size !== 1) continue;
    const g = [...nets][0];
    if (g === undefined) continue;
    const givenOut = [...votes.values()].some((v) => v.evidence.some((e) => e.kind === 'message'));
    if (!givenOut || unrelatedForeignPayers(entity, payerOf) < MIN_FOREIGN_PAYERS) continue;
    let weight = 0;
    for (const v of votes.values()) weight += v.weight;
    out[g]!.receivers.push({ entity, votes: +weight.toFixed(2), share: 1, via: 'given-out' });
  }
  return out;
}
