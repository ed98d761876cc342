import type { LeadReview, ReviewStatus } from './reviews.ts';

/**
 * Where reviews go when a new analysis regroups their persons (issue 6). A review remembers the
 * members its person had; after re-analysis each review goes to the person now holding most of
 * them (moved, when that person's id changed). Members spread over several persons: each of them
 * gets a copy (split). Several reviews landing on one person are merged: the most advanced status
 * wins, tags are joined, comments and history are kept from all (merged).
 */
export interface Placement {
  /** The reviewed person id, as the review knows it. */
  readonly from: string;
  /** A person of the new analysis holding some of its members. */
  readonly to: string;
  /** How many of its members that person holds. */
  readonly members: number;
}

export type CarryKind = 'moved' | 'split' | 'merged';

export interface Carry {
  readonly target: string;
  /** The reviews (old person ids) that end up on `target`. */
  readonly sources: readonly string[];
  /** null: the review stays where it was, unchanged. */
  readonly kind: CarryKind | null;
}

/** How a review came to its person, kept with the review. */
export interface Carried {
  readonly kind: CarryKind;
  readonly from: readonly string[];
  readonly at: number;
}

/**
 * Plans the carry-over of `reviewed` person ids given where their members are now. A review whose
 * members are all gone stays under its old id (nothing is lost; it just has no person now).
 */
export function planCarryOver(reviewed: readonly string[], placements: readonly Placement[]): Carry[] {
  const byFrom = new Map<string, Placement[]>();
  for (const p of placements) byFrom.set(p.from, [...(byFrom.get(p.from) ?? []), p]);
  const toTarget = new Map<string, { source: string; kind: 'same' | 'moved' | 'split' }[]>();
  const add = (target: string, source: string, kind: 'same' | 'moved' | 'split'): void => {
    toTarget.set(target, [...(toTarget.get(target) ?? []), { source, kind }]);
  };
  for (const r of reviewed) {
    const where = (byFrom.get(r) ?? []).sort(
      (a, b) => b.members - a.members || Number(b.to === r) - Number(a.to === r) || a.to.localeCompare(b.to),
    );
    if (where.length === 0) add(r, r, 'same');
    else if (where.length === 1) add(where[0]!.to, r, where[0]!.to === r ? 'same' : 'moved');
    else for (const w of where) add(w.to, r, 'split');
  }
  return [...toTarget].map(([target, s]) => ({
    target,
    sources: s.map((x) => x.source),
    kind: s.length > 1 ? 'merged' : s[0]!.kind === 'same' ? null : (s[0]!.kind as CarryKind),
  }));
}

/** How far along the workflow a status is: the more advanced review wins a merge. */
const ADVANCE: Readonly<Record<ReviewStatus, number>> = {
  new: 0,
  discarded: 1,
  in_review: 2,
  developed: 3,
  approved: 4,
  disseminated: 5,
};

/**
 * One review for `target` from the reviews carried onto it: the most advanced status (then the
 * higher version) wins status, assignee and discard reason; tags are joined; the version moves past
 * every source's, so a page opened before the re-analysis is refused as stale.
 */
export function carriedReview(target: string, sources: readonly LeadReview[], at: number): LeadReview {
  const ranked = [...sources].sort((a, b) => ADVANCE[b.status] - ADVANCE[a.status] || b.version - a.version);
  const win = ranked[0]!;
  return {
    person_id: target,
    status: win.status,
    assignee: win.assignee ?? ranked.find((r) => r.assignee !== null)?.assignee ?? null,
    tags: [...new Set(ranked.flatMap((r) => r.tags))],
    discard_reason: win.discard_reason,
    version: Math.max(...sources.map((r) => r.version)) + 1,
    updated_by: win.updated_by,
    updated_at: at,
  };
}
