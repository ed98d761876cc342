import { describe, expect, it } from 'vitest';
import type { BlockingRule, Comparison } from './comparison.ts';
import { linkRecords } from './link-records.ts';

interface Rec {
  readonly id: string;
  readonly name: string;
  readonly city: string;
}
const comparisons: Comparison<Rec>[] = [
  {
    name: 'name',
    levels: ['same', 'different'],
    compare: (a, b) => (a.name === b.name ? 0 : 1),
    tfValue: (r) => r.name,
  },
  { name: 'city', levels: ['same', 'different'], compare: (a, b) => (a.city === b.city ? 0 : 1) },
];
const blocking: BlockingRule<Rec>[] = [{ name: 'all', keys: () => ['x'] }];
const recs: Rec[] = [
  { id: 'a', name: 'ann', city: 'x' },
  { id: 'b', name: 'ann', city: 'x' },
  { id: 'c', name: 'bob', city: 'y' },
  { id: 'd', name: 'bob', city: 'y' },
  { id: 'e', name: 'cid', city: 'z' },
];

describe('linkRecords', () => {
  it('clusters agreeing records and names clusters by their first member', () => {
    const r = linkRecords(recs, { comparisons, blocking }, { threshold: 1 });
    expect(r.clusters.map((c) => c.members)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(r.clusterOf.get('b')).toBe('a');
    expect(r.stats).toMatchObject({ records: 5, candidatePairs: 10 });
    expect(r.links.every((l) => l.breakdown.length === 2)).toBe(true);
  });
  it('applies decisions by record id and ignores unknown ids', () => {
    const r = linkRecords(
      recs,
      { comparisons, blocking },
      {
        threshold: 1,
        constraints: {
          mustLink: [
            ['b', 'e'],
            ['zz', 'a'],
          ],
          cannotLink: [['c', 'd']],
        },
      },
    );
    expect(r.clusterOf.get('e')).toBe('a');
    expect(r.clusterOf.get('c')).not.toBe(r.clusterOf.get('d'));
    expect(r.links.find((l) => l.status === 'must_link')).toMatchObject({ a: 'b', b: 'e' });
  });
  it('re-uses given parameters and is deterministic', () => {
    const first = linkRecords(recs, { comparisons, blocking });
    const again = linkRecords(recs, { comparisons, blocking }, { parameters: first.parameters });
    expect(again.clusters).toEqual(first.clusters);
    expect(linkRecords(recs, { comparisons, blocking }).parameters).toEqual(first.parameters);
  });
  it('handles no records', () => {
    expect(linkRecords([], { comparisons, blocking }).clusters).toEqual([]);
  });
});
