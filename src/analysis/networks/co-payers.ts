import { familyTransfer } from '../stages/person-view.ts';
import type { SellerGroup } from './group-networks.ts';
import type { ReceiverEntity } from './receiver-entities.ts';

/** A collector joins a network when this many of its payers also pay that network's collectors… */
export const MIN_CO_PAYERS = 2;
/** …and they point there at least this much (each payer's networks shared out by their transfers). */
export const MIN_CO_PAYER_SHARE = 0.6;
const ROUNDS = 3;

/**
 * Collectors no chat ties to a seller, joined to the network whose other collectors the same
 * payers send money to (buyers pay whoever collects for the network that month). Repeats a few
 * rounds, so a collector found this way can bring in the next.
 */
export function joinByCoPayers(
  groups: readonly SellerGroup[],
  entities: readonly ReceiverEntity[],
  payerOf: ReadonlyMap<string, string>,
): SellerGroup[] {
  const out = groups.map((g) => ({ ...g, receivers: [...g.receivers] }));
  const groupOf = new Map<string, number>();
  out.forEach((g, i) => g.receivers.forEach((r) => groupOf.set(r.entity.id, i)));
  const payersOf = (e: ReceiverEntity): string[] =>
    e.transactions
      .filter((t) => !familyTransfer(t))
      .map((t) => payerOf.get(t.transaction_id))
      .filter((p): p is string => p !== undefined);
  for (let round = 0; round < ROUNDS; round++) {
    const payerNets = new Map<string, Map<number, number>>();
    for (const e of entities) {
      const g = groupOf.get(e.id);
      if (g === undefined) continue;
      for (const p of payersOf(e)) {
        const m = payerNets.get(p) ?? payerNets.set(p, new Map()).get(p)!;
        m.set(g, (m.get(g) ?? 0) + 1);
      }
    }
    let joined = 0;
    for (const e of entities) {
      if (groupOf.has(e.id)) continue;
      const score = new Map<number, { weight: number; payers: number }>();
      let total = 0;
      for (const p of new Set(payersOf(e))) {
        const nets = payerNets.get(p);
        if (nets === undefined) continue;
        let n = 0;
        for (const c of nets.values()) n += c;
        for (const [g, c] of nets) {
          const s = score.get(g) ?? score.set(g, { weight: 0, payers: 0 }).get(g)!;
          s.weight += c / n;
          s.payers++;
          total += c / n;
        }
      }
      const best = [...score].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])[0];
      if (best === undefined || best[1].payers < MIN_CO_PAYERS || best[1].weight < MIN_CO_PAYER_SHARE * total)
        continue;
      out[best[0]]!.receivers.push({
        entity: e,
        votes: +best[1].weight.toFixed(2),
        share: +(best[1].weight / total).toFixed(3),
        via: 'co-payers',
      });
      groupOf.set(e.id, best[0]);
      joined++;
    }
    if (joined === 0) break;
  }
  return out;
}
