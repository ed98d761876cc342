import type { SellerNetwork } from '../core/network-types.ts';
import type { Store } from '../store/store.ts';
import { pairwise, type PRF } from './metrics.ts';
import type { NetworkTruth } from './network-truth.ts';

export interface NetworkEvalReport {
  /** Pairwise over every planted member and every person the networks hold: missed members count against recall, strays against precision. */
  readonly membership_pairwise: PRF & { pairs_predicted: number; pairs_actual: number };
  readonly members: { readonly planted: number; readonly found: number; readonly strays: number };
  readonly networks: { readonly planted: number; readonly predicted: number; readonly recovered: number };
  /** Planted networks the analysis recovered whose still-active flag matches the truth. */
  readonly still_active: { readonly right: number; readonly of: number };
  /** Each planted network unknown to the investigation: the candidate that holds most of it and its rank. */
  readonly unknown: readonly {
    readonly network: string;
    readonly predicted: string | null;
    readonly rank: number | null;
    readonly members_found: number;
    readonly members: number;
  }[];
  readonly candidates: number;
  /** Every planted unknown network's best candidate ranks within the top `top_k` (twice the planted unknown count, at least 3). */
  readonly unknown_in_top_k: boolean;
  readonly top_k: number;
}

/** The truth person a network member stands for: the owner of most of its accounts, or the collector of most of its transfers. */
export function truthPerson(
  m: SellerNetwork['members'][number],
  truth: NetworkTruth,
): { id: string; votes: number } | null {
  const votes = new Map<string, number>();
  for (const a of m.accounts) {
    const t = truth.accounts.get(`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`);
    if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  for (const id of m.transaction_ids) {
    const t = truth.receiverOf.get(id);
    if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best === undefined ? null : { id: best[0], votes: best[1] };
}

/** Scores the stored networks (latest snapshot) against the planted ones (issue 7). */
export async function evaluateNetworks(store: Store, truth: NetworkTruth): Promise<NetworkEvalReport> {
  return scoreNetworks(await store.networks.all(), truth);
}

/** Scores networks (as the networks stage found them) against the planted ones. */
export function scoreNetworks(networks: readonly SellerNetwork[], truth: NetworkTruth): NetworkEvalReport {
  // each truth person goes to the predicted network with the most evidence for them
  const best = new Map<string, { network: string; votes: number }>();
  for (const n of networks)
    for (const m of n.members) {
      if (m.role === 'account') continue;
      const p = truthPerson(m, truth);
      if (p === null) continue;
      const cur = best.get(p.id);
      if (cur === undefined || p.votes > cur.votes) best.set(p.id, { network: n.network_id, votes: p.votes });
    }
  const items = new Set([...truth.memberOf.keys(), ...best.keys()]);
  const predicted = new Map<string, string>();
  const actual = new Map<string, string>();
  for (const id of items) {
    predicted.set(id, best.get(id)?.network ?? `missing:${id}`);
    actual.set(id, truth.memberOf.get(id) ?? `not-a-member:${id}`);
  }
  const membership_pairwise = pairwise(predicted, actual);

  const byPredicted = new Map<string, Map<string, number>>();
  for (const [id, b] of best) {
    const t = truth.memberOf.get(id);
    if (t === undefined) continue;
    const m = byPredicted.get(b.network) ?? byPredicted.set(b.network, new Map()).get(b.network)!;
    m.set(t, (m.get(t) ?? 0) + 1);
  }
  const majorityOf = (network: string): string | null =>
    [...(byPredicted.get(network) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ??
    null;
  const recovered = new Set(
    networks.map((n) => majorityOf(n.network_id)).filter((x): x is string => x !== null),
  );
  let right = 0;
  let of = 0;
  for (const n of networks) {
    const t = majorityOf(n.network_id);
    if (t === null) continue;
    of++;
    if (truth.networks.get(t)?.active === n.still_active) right++;
  }

  const unknownPlanted = [...truth.networks]
    .filter(([, n]) => !n.known)
    .map(([id]) => id)
    .sort();
  const unknown = unknownPlanted.map((network) => {
    const members = [...truth.memberOf].filter(([, n]) => n === network).map(([p]) => p);
    const holding = new Map<string, number>();
    for (const p of members) {
      const b = best.get(p);
      if (b !== undefined) holding.set(b.network, (holding.get(b.network) ?? 0) + 1);
    }
    const top = [...holding].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const n = top === undefined ? undefined : networks.find((x) => x.network_id === top[0]);
    return {
      network,
      predicted: n?.network_id ?? null,
      rank: n?.candidate?.rank ?? null,
      members_found: top?.[1] ?? 0,
      members: members.length,
    };
  });
  const top_k = Math.max(3, 2 * unknownPlanted.length);
  return {
    membership_pairwise,
    members: {
      planted: truth.memberOf.size,
      found: [...truth.memberOf.keys()].filter((id) => best.has(id)).length,
      strays: [...best.keys()].filter((id) => !truth.memberOf.has(id)).length,
    },
    networks: { planted: truth.networks.size, predicted: networks.length, recovered: recovered.size },
    still_active: { right, of },
    unknown,
    candidates: networks.filter((n) => n.candidate !== null).length,
    unknown_in_top_k: unknown.every((u) => u.rank !== null && u.rank <= top_k),
    top_k,
  };
}
