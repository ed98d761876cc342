import { describe, expect, it } from 'vitest';
import type { PersonAnalysis } from '../store/analysis.ts';
import { untouchedReview, type LeadReview } from '../store/reviews.ts';
import type { AnalysisSnapshot } from './analysis-snapshot.ts';
import { sortedQueue } from './lead-queue-cache.ts';
import { queuePage, QueueQuery, toRow } from './lead-queue.ts';

const person = (i: number): PersonAnalysis => ({
  person_id: `p-${i}`,
  role: 'buyer',
  names: [`Name ${(i * 13) % 50}`],
  accounts: [],
  transactions: [],
  identifiers: [],
  culpability: 1,
  actionability: 1,
  score: (i * 7) % 11,
  urgent: false,
  lead: i % 3 === 0,
  rank: i + 1,
  country: ['DE', 'FR', null][i % 3] ?? null,
  country_confidence: 0.8,
  country_candidates: [],
  reasons: [],
});

const leads = Array.from({ length: 500 }, (_, i) => person(i));
const snap: AnalysisSnapshot = {
  analysedAt: 1,
  leads,
  byId: new Map(leads.map((p) => [p.person_id, p])),
  byAccount: new Map(),
};

describe('sortedQueue', () => {
  it('gives the same pages as sorting every time, and follows review changes', () => {
    const reviews = new Map<string, LeadReview>([
      ['p-4', { ...untouchedReview('p-4'), status: 'developed', version: 1 }],
    ]);
    for (const sort of ['rank', 'score', 'name', 'status'] as const) {
      const q = QueueQuery.parse({ sort, limit: 40, offset: 20 });
      const fresh = queuePage(
        leads.map((p) => toRow(p, reviews.get(p.person_id))),
        q,
      );
      expect(sortedQueue(snap, reviews, q.sort, q.dir).slice(20, 60)).toEqual(fresh.rows);
    }
    const byStatus = (r: ReadonlyMap<string, LeadReview>) => sortedQueue(snap, r, 'status', 'desc')[0]!;
    expect(byStatus(reviews)).toMatchObject({ person_id: 'p-4', status: 'developed' });
    // The same map again is served from the cache; a changed review is not.
    expect(sortedQueue(snap, reviews, 'rank', undefined)).toBe(sortedQueue(snap, reviews, 'rank', undefined));
    const later = new Map(reviews).set('p-9', { ...untouchedReview('p-9'), status: 'approved', version: 2 });
    expect(byStatus(later)).toMatchObject({ person_id: 'p-9', status: 'approved' });
  });
});
