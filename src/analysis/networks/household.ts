import { familyTransfer, receiverNameKey, surnameOf } from '../stages/person-view.ts';
import type { SellerGroup } from './group-networks.ts';
import type { ReceiverEntity } from './receiver-entities.ts';

/** A family name in a town is a household when at least this many of one network’s collectors (and no other network’s) carry it. */
export const MIN_HOUSEHOLD = 2;
/**
 * …and a collector joins it only when this many unrelated senders (no shared family name) pay it:
 * a name in a town is no tie on its own (common family names recur), and a relative or partner
 * supported by one sender abroad collects for nobody.
 */
export const MIN_HOUSEHOLD_PAYERS = 2;

function unrelatedPayers(e: ReceiverEntity, payerOf: ReadonlyMap<string, string>): number {
  const payers = new Set<string>();
  for (const t of e.transactions)
    if (!familyTransfer(t))
      payers.add(
        payerOf.get(t.transaction_id) ?? `sender:${receiverNameKey(t.sender_name) ?? t.transaction_id}`,
      );
  return payers.size;
}

const householdKey = (e: ReceiverEntity): string | null => {
  const surname = surnameOf(e.names[0] ?? null);
  const city = e.transactions.find((t) => t.receiver_city)?.receiver_city?.toLowerCase();
  return surname === null || city === undefined ? null : `${surname}|${city}`;
};

/**
 * Collectors still unclaimed who share a family name and a pickup town with a household of one
 * network's collectors (relatives collect in turn) and are paid by several unrelated senders,
 * joined to that network. A family name shared
 * by households of two networks in the town decides nothing.
 */
export function joinHouseholds(
  groups: readonly SellerGroup[],
  entities: readonly ReceiverEntity[],
  payerOf: ReadonlyMap<string, string>,
): SellerGroup[] {
  const out = groups.map((g) => ({ ...g, receivers: [...g.receivers] }));
  const claimed = new Set(out.flatMap((g) => g.receivers.map((r) => r.entity.id)));
  const owners = new Map<string, Map<number, number>>();
  out.forEach((g, i) => {
    for (const r of g.receivers) {
      const k = householdKey(r.entity);
      if (k === null) continue;
      const m = owners.get(k) ?? owners.set(k, new Map()).get(k)!;
      m.set(i, (m.get(i) ?? 0) + 1);
    }
  });
  for (const e of entities) {
    if (claimed.has(e.id)) continue;
    const k = householdKey(e);
    const m = k === null ? undefined : owners.get(k);
    if (m === undefined || m.size !== 1) continue;
    const [[g, n]] = [...m] as [[number, number]];
    if (n < MIN_HOUSEHOLD || unrelatedPayers(e, payerOf) < MIN_HOUSEHOLD_PAYERS) continue;
    out[g]!.receivers.push({ entity: e, votes: 0, share: 0, via: 'household' });
  }
  return out;
}
