import { DisjointSets } from './disjoint-sets.ts';
import type { ReceiverEntity } from './receiver-entities.ts';
import type { Votes } from './receiver-votes.ts';
import { metresBetween, SAME_HOME_M } from './seller-homes.ts';

/**
 * A seller must hold this share of a collector's votes, MIN_SHARED_VOTE, and MIN_EXCLUSIVE sources
 * pointing at it alone, for the collector to tie it to other sellers.
 */
export const SHARED_SHARE = 0.2;
export const MIN_SHARED_VOTE = 2;
export const MIN_EXCLUSIVE = 2;
/**
 * Two sellers are tied when they collect through at least this many of the same collectors: one
 * shared collector is also what a buyer of two networks, or a payment confirmed to the wrong
 * seller, leaves behind; sellers of one network share their rotating collectors.
 */
export const MIN_SHARED_COLLECTORS = 2;
/** A collector joins the network holding most of its votes, if that is at least this much, from MIN_RECEIVER_SOURCES payers or seller messages… */
export const MIN_RECEIVER_VOTE = 1.5;
export const MIN_RECEIVER_SOURCES = 2;
/** …or this much from fewer (a payer counts at most PAYER_VOTE_CAP, so this takes the seller giving out the collector's phone). */
export const STRONG_RECEIVER_VOTE = 4;
/** …and at least this share of all its votes. */
export const MIN_RECEIVER_SHARE = 0.5;
/**
 * …or, when buyers of several networks spread the rest thinly, at least this many times the next
 * network's votes.
 */
export const RUNNER_UP_RATIO = 1.5;

export interface SellerGroup {
  readonly sellers: readonly string[];
  /** Why sellers were put together: pairs and the collector or place they share. */
  readonly ties: readonly { a: string; b: string; via: string }[];
  readonly receivers: readonly GroupReceiver[];
}

/** How a collector came to a network: its own chat and payment ties, a seller giving it out, its payers, its household, or alone (a lone collector). */
export type ReceiverVia = 'ties' | 'given-out' | 'co-payers' | 'household' | 'alone';

export interface GroupReceiver {
  readonly entity: ReceiverEntity;
  readonly votes: number;
  readonly share: number;
  readonly via: ReceiverVia;
}

/**
 * Seller persons who collect through the same people, or work from the same place, are one
 * network; each collector then joins the network most of its money is tied to.
 */
export function groupNetworks(
  sellers: readonly string[],
  entities: readonly { entity: ReceiverEntity; votes: Votes }[],
  homes: ReadonlyMap<string, { lat: number; lon: number }>,
): SellerGroup[] {
  const sets = new DisjointSets();
  for (const s of sellers) sets.add(s);
  const ties: { a: string; b: string; via: string }[] = [];
  const tie = (a: string, b: string, via: string): void => {
    if (sets.find(a) !== sets.find(b)) ties.push({ a, b, via });
    sets.union(a, b);
  };
  // seller pair → collectors through which both collect
  const shared = new Map<string, string[]>();
  for (const { entity, votes } of entities) {
    let total = 0;
    for (const v of votes.values()) total += v.weight;
    const strong = [...votes]
      .filter(
        ([, v]) =>
          v.weight >= Math.max(MIN_SHARED_VOTE, SHARED_SHARE * total) && v.exclusive.size >= MIN_EXCLUSIVE,
      )
      .map(([s]) => s)
      .sort();
    for (let i = 0; i < strong.length; i++)
      for (let j = i + 1; j < strong.length; j++) {
        const k = `${strong[i]!}\u0000${strong[j]!}`;
        (shared.get(k) ?? shared.set(k, []).get(k)!).push(entity.id);
      }
  }
  for (const [k, via] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (via.length < MIN_SHARED_COLLECTORS) continue;
    const [a, b] = k.split('\u0000') as [string, string];
    tie(a, b, via.sort()[0]!);
  }
  const homed = [...homes].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (let i = 0; i < homed.length; i++)
    for (let j = i + 1; j < homed.length; j++)
      if (metresBetween(homed[i]![1], homed[j]![1]) <= SAME_HOME_M)
        tie(homed[i]![0], homed[j]![0], `home:${homed[i]![1].lat.toFixed(4)},${homed[i]![1].lon.toFixed(4)}`);

  const groups = new Map<string, { sellers: string[]; receivers: SellerGroup['receivers'][number][] }>();
  for (const s of [...sellers].sort()) {
    const r = sets.find(s);
    (groups.get(r) ?? groups.set(r, { sellers: [], receivers: [] }).get(r)!).sellers.push(s);
  }
  for (const { entity, votes } of entities) {
    const byGroup = new Map<string, number>();
    const sources = new Map<string, Set<string>>();
    let total = 0;
    for (const [s, v] of votes) {
      const g = sets.find(s);
      if (!groups.has(g)) continue;
      byGroup.set(g, (byGroup.get(g) ?? 0) + v.weight);
      const src = sources.get(g) ?? sources.set(g, new Set()).get(g)!;
      for (const p of [...v.payers, ...v.exclusive]) src.add(p);
      total += v.weight;
    }
    const ranked = [...byGroup].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const best = ranked[0];
    const runnerUp = ranked[1]?.[1] ?? 0;
    if (
      best === undefined ||
      best[1] < MIN_RECEIVER_VOTE ||
      (best[1] < MIN_RECEIVER_SHARE * total && best[1] < RUNNER_UP_RATIO * runnerUp) ||
      ((sources.get(best[0])?.size ?? 0) < MIN_RECEIVER_SOURCES && best[1] < STRONG_RECEIVER_VOTE)
    )
      continue;
    groups.get(best[0])!.receivers.push({
      entity,
      votes: +best[1].toFixed(2),
      share: +(best[1] / total).toFixed(3),
      via: 'ties',
    });
  }
  return [...groups.values()].map((g) => ({
    sellers: g.sellers,
    ties: ties.filter((t) => g.sellers.includes(t.a)),
    receivers: g.receivers,
  }));
}
