/** Something recognisable across analyses by the members it holds. */
export interface Anchored {
  readonly id: string;
  readonly anchors: readonly string[];
}

export interface Matching {
  /** Current id → earlier id: the same entity (one to one). */
  readonly same: ReadonlyMap<string, string>;
  /** Current id (unmatched) → the earlier entity it shares the most members with: it split off. */
  readonly splitFrom: ReadonlyMap<string, string>;
  /** Earlier id (unmatched) → the current entity holding most of its members: it was merged. */
  readonly mergedInto: ReadonlyMap<string, string>;
}

/**
 * Pairs entities of two analyses by shared members, not by id (ids follow a first member and can
 * change when members join). Greedy one to one: the pair sharing the most members first, an unchanged
 * id breaking ties, then ids in order so the answer is deterministic.
 */
export function matchByOverlap(before: readonly Anchored[], after: readonly Anchored[]): Matching {
  const holder = new Map<string, string>();
  for (const b of before) for (const a of b.anchors) holder.set(a, b.id);
  const overlaps: { now: string; was: string; shared: number }[] = [];
  const best = (counts: ReadonlyMap<string, number>): string | undefined =>
    [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  const overlapOfBefore = new Map<string, Map<string, number>>();
  for (const n of after) {
    const counts = new Map<string, number>();
    for (const a of n.anchors) {
      const was = holder.get(a);
      if (was !== undefined) counts.set(was, (counts.get(was) ?? 0) + 1);
    }
    for (const [was, shared] of counts) {
      overlaps.push({ now: n.id, was, shared });
      const m = overlapOfBefore.get(was) ?? overlapOfBefore.set(was, new Map()).get(was)!;
      m.set(n.id, shared);
    }
  }
  overlaps.sort(
    (x, y) =>
      y.shared - x.shared ||
      Number(y.now === y.was) - Number(x.now === x.was) ||
      (x.now < y.now ? -1 : x.now > y.now ? 1 : x.was < y.was ? -1 : 1),
  );
  const same = new Map<string, string>();
  const taken = new Set<string>();
  for (const o of overlaps) {
    if (same.has(o.now) || taken.has(o.was)) continue;
    same.set(o.now, o.was);
    taken.add(o.was);
  }
  const splitFrom = new Map<string, string>();
  for (const o of overlaps) if (!same.has(o.now) && !splitFrom.has(o.now)) splitFrom.set(o.now, o.was);
  const mergedInto = new Map<string, string>();
  for (const b of before) {
    if (taken.has(b.id)) continue;
    const into = best(overlapOfBefore.get(b.id) ?? new Map<string, number>());
    if (into !== undefined) mergedInto.set(b.id, into);
  }
  return { same, splitFrom, mergedInto };
}
