import { describe, expect, it } from 'vitest';
import { entityOf, generatePersonRecords, BENCHMARK_COLUMNS } from './benchmark/generate-person-records.ts';
import { pairwiseScores } from './benchmark/pairwise-metrics.ts';
import { dedupeTable } from './dedupe-table.ts';

function table(n: number, seed: number): string[][] {
  const rows = generatePersonRecords({ records: n, seed });
  return [[...BENCHMARK_COLUMNS], ...rows.map((r) => BENCHMARK_COLUMNS.map((c) => r[c]))];
}

describe('dedupeTable on the generated benchmark', () => {
  it('reaches pairwise F1 >= 0.95 without an ID column', () => {
    const t = table(2000, 7);
    const out = dedupeTable(t, { idColumn: 'rec_id' });
    const truth = new Map(t.slice(1).map((r) => [r[0]!, entityOf(r[0]!)]));
    const pred = new Map(t.slice(1).map((r, i) => [r[0]!, out.clusterIds[i]!]));
    const s = pairwiseScores(truth, pred);
    expect(s.f1, JSON.stringify(s)).toBeGreaterThanOrEqual(0.95);
  });
  it('explains every link field by field and keeps a split through re-analysis', () => {
    const t = table(400, 3);
    const out = dedupeTable(t, { idColumn: 'rec_id' });
    const link = out.result.links.find((l) => l.status === 'linked')!;
    expect(link.breakdown.map((b) => b.field)).toContain('surname');
    const sum = link.breakdown.reduce((a, b) => a + b.weight + b.tf, 0);
    expect(sum).toBeCloseTo(link.weight, 6);
    const split = dedupeTable(t, { idColumn: 'rec_id', constraints: { cannotLink: [[link.a, link.b]] } });
    const ids = t.slice(1).map((r) => r[0]!);
    const cl = (id: string) => split.clusterIds[ids.indexOf(id)];
    expect(cl(link.a)).not.toBe(cl(link.b));
  });
  it('rejects a missing id column and a table without names', () => {
    expect(() => dedupeTable([['a', 'b']], { idColumn: 'id' })).toThrow(/no column named "id"/);
    expect(() => dedupeTable([['id', 'city']], { idColumn: 'id' })).toThrow(/No name column/);
  });
});
