import { describe, expect, it } from 'vitest';
import {
  constrainedClusters as clustersOf,
  edgeList,
  scoredPairs,
  type IndexConstraints,
} from './constrained-clusters.ts';

/** The clusters of edge objects, with the edge table as objects. */
const constrainedClusters = (
  n: number,
  scored: ReadonlyArray<{ a: number; b: number; weight: number }>,
  threshold: number,
  constraints?: IndexConstraints,
) => {
  const r = clustersOf(n, scoredPairs(scored), threshold, constraints);
  return { ...r, edges: edgeList(r.edges) };
};

const edges = [
  { a: 0, b: 1, weight: 10 },
  { a: 1, b: 2, weight: 6 },
  { a: 2, b: 3, weight: 2 },
  { a: 3, b: 4, weight: 12 },
];

describe('constrainedClusters', () => {
  it('is connected components above the threshold, with bridges flagged', () => {
    const r = constrainedClusters(5, edges, 5);
    expect([...r.clusterOf]).toEqual([0, 0, 0, 1, 1]);
    expect(r.edges.map((e) => [e.a, e.b, e.bridge])).toEqual([
      [3, 4, false],
      [0, 1, true],
      [1, 2, true],
    ]);
  });
  it('does not flag edges on a cycle', () => {
    const r = constrainedClusters(3, [...edges.slice(0, 2), { a: 0, b: 2, weight: 7 }], 5);
    expect(r.edges.some((e) => e.bridge)).toBe(false);
  });
  it('keeps a split (cannot-link) through re-analysis even when a path joins them', () => {
    const r = constrainedClusters(5, edges, 5, { mustLink: [], cannotLink: [[0, 2]] });
    expect(r.clusterOf[0]).not.toBe(r.clusterOf[2]);
    expect(r.clusterOf[0]).toBe(r.clusterOf[1]);
    expect(r.edges.find((e) => e.a === 1 && e.b === 2)?.status).toBe('blocked');
  });
  it('applies merges (must-links) below the threshold, and a split beats a contradicting merge', () => {
    const merged = constrainedClusters(5, edges, 5, { mustLink: [[2, 3]], cannotLink: [] });
    expect(new Set(merged.clusterOf).size).toBe(1);
    const both = constrainedClusters(5, edges, 5, { mustLink: [[2, 3]], cannotLink: [[0, 4]] });
    expect(both.clusterOf[0]).not.toBe(both.clusterOf[4]);
    expect(both.conflicts.length + both.edges.filter((e) => e.status === 'blocked').length).toBeGreaterThan(
      0,
    );
  });
  it('lists must-links first, then scored pairs heaviest first with ties in input order, each with its source', () => {
    const tied = [
      { a: 0, b: 1, weight: 7 },
      { a: 2, b: 3, weight: 9 },
      { a: 1, b: 2, weight: 7 },
      { a: 3, b: 4, weight: 1 },
    ];
    const r = constrainedClusters(6, tied, 5, { mustLink: [[4, 5]], cannotLink: [] });
    expect(r.edges.map((e) => [e.a, e.b, e.source, e.status])).toEqual([
      [4, 5, -1, 'must_link'],
      [2, 3, 1, 'linked'],
      [0, 1, 0, 'linked'],
      [1, 2, 2, 'linked'],
    ]);
  });
});
