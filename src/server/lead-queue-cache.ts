import type { LeadReview } from '../store/reviews.ts';
import type { AnalysisSnapshot } from './analysis-snapshot.ts';
import { sortRows, toRow, type LeadRow, type QueueQuery } from './lead-queue.ts';

interface Cached {
  readonly stamp: string;
  readonly rows: readonly LeadRow[];
  readonly sorted: Map<string, readonly LeadRow[]>;
}

const caches = new WeakMap<AnalysisSnapshot, Cached>();

/** Changes whenever any review does (an update bumps its version; a carry-over rewrites reviews). */
function stampOf(reviews: ReadonlyMap<string, LeadReview>): string {
  let versions = 0;
  let latest = 0;
  for (const r of reviews.values()) {
    versions += r.version;
    latest = Math.max(latest, r.updated_at ?? 0);
  }
  return `${reviews.size}:${versions}:${latest}`;
}

/**
 * Every queue row of the analysis in the order asked for, kept until the analysis or any review
 * changes: thirty users paging a 12,000-row queue share one build and one sort per order.
 */
export function sortedQueue(
  snap: AnalysisSnapshot,
  reviews: ReadonlyMap<string, LeadReview>,
  sort: QueueQuery['sort'],
  dir: QueueQuery['dir'],
): readonly LeadRow[] {
  const stamp = stampOf(reviews);
  let c = caches.get(snap);
  if (c === undefined || c.stamp !== stamp) {
    c = { stamp, rows: snap.leads.map((p) => toRow(p, reviews.get(p.person_id))), sorted: new Map() };
    caches.set(snap, c);
  }
  const key = `${sort}:${dir ?? ''}`;
  let sorted = c.sorted.get(key);
  if (sorted === undefined) {
    sorted = sortRows(c.rows, sort, dir);
    c.sorted.set(key, sorted);
  }
  return sorted;
}
