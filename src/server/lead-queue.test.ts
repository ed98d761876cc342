import { describe, expect, it } from 'vitest';
import type { PersonAnalysis } from '../store/analysis.ts';
import { queuePage, QueueQuery, toRow } from './lead-queue.ts';

const person = (i: number): PersonAnalysis => ({
  person_id: `p-${String(i).padStart(5, '0')}`,
  role: 'buyer',
  names: [`Name ${i}`],
  accounts: [{ platform: 'skype', handle: `h${i}` }],
  transactions: [],
  identifiers: [],
  culpability: (i * 7) % 11,
  actionability: 1,
  score: (i * 7) % 11,
  urgent: i % 50 === 0,
  lead: i % 10 === 0,
  rank: i + 1,
  country: ['DE', 'FR', 'US', null][i % 4] ?? null,
  country_confidence: 0.8,
  country_candidates: [],
  reasons: [],
});

describe('queuePage', () => {
  const rows = Array.from({ length: 12_000 }, (_, i) =>
    toRow(person(i), i % 3 === 0 ? { ...untouched(i), status: 'in_review', assignee: 'ana' } : undefined),
  );
  function untouched(i: number) {
    return {
      person_id: person(i).person_id,
      status: 'new' as const,
      assignee: null,
      tags: [],
      discard_reason: null,
      version: 1,
      updated_by: 'ana',
      updated_at: 0,
    };
  }

  it('filters, sorts and pages 12,000 rows in a few milliseconds', () => {
    const t = performance.now();
    const page = queuePage(
      rows,
      QueueQuery.parse({ country: 'DE', status: 'in_review', sort: 'score', limit: '50' }),
    );
    const ms = performance.now() - t;
    expect(page.total).toBe(1000);
    expect(page.rows).toHaveLength(50);
    expect(page.rows.every((r) => r.country === 'DE' && r.status === 'in_review')).toBe(true);
    expect(page.rows[0]!.score).toBeGreaterThanOrEqual(page.rows[49]!.score);
    expect(ms).toBeLessThan(100);
  });

  it('finds unassigned, urgent and by name', () => {
    expect(queuePage(rows, QueueQuery.parse({ assignee: '-' })).total).toBe(8000);
    expect(queuePage(rows, QueueQuery.parse({ urgent: 'true' })).total).toBe(240);
    expect(queuePage(rows, QueueQuery.parse({ q: 'name 11999' })).rows[0]!.person_id).toBe('p-11999');
  });
});
