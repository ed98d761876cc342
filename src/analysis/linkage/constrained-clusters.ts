import { findBridges } from './bridges.ts';

/** A scored pair of record indices. */
export interface ScoredEdge {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

/** Investigator decisions on record indices: confirm/merge are must-links, split is a cannot-link. */
export interface IndexConstraints {
  readonly mustLink: ReadonlyArray<readonly [number, number]>;
  readonly cannotLink: ReadonlyArray<readonly [number, number]>;
}

export type EdgeStatus = 'linked' | 'must_link' | 'blocked';

export interface ClusterResult<E extends ScoredEdge = ScoredEdge> {
  /** Cluster number of each record (0-based, in order of first member). */
  readonly clusterOf: Int32Array;
  readonly clusterCount: number;
  /** Edges at or above the threshold plus must-links, each with its fate; `bridge` marks graph bridges of the link graph in clusters of three or more. */
  readonly edges: ReadonlyArray<(E | ScoredEdge) & { status: EdgeStatus; bridge: boolean }>;
  /** Must-links dropped because a cannot-link forbids them (the split decision wins). */
  readonly conflicts: ReadonlyArray<readonly [number, number]>;
}

class UnionFind {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
}

/**
 * Connected components of the edges at or above `threshold`, honouring decisions: must-links join
 * first, then edges by falling weight, and no merge ever puts two records under a cannot-link into
 * one cluster. Without constraints this equals plain connected components.
 */
export function constrainedClusters<E extends ScoredEdge>(
  n: number,
  scored: readonly E[],
  threshold: number,
  constraints: IndexConstraints = { mustLink: [], cannotLink: [] },
): ClusterResult<E> {
  const uf = new UnionFind(n);
  const cannot = new Map<number, Set<number>>();
  for (const [a, b] of constraints.cannotLink) {
    if (a === b) continue;
    (cannot.get(a) ?? cannot.set(a, new Set()).get(a)!).add(b);
    (cannot.get(b) ?? cannot.set(b, new Set()).get(b)!).add(a);
  }
  const forbidden = (ra: number, rb: number): boolean => {
    const small = (cannot.get(ra)?.size ?? 0) <= (cannot.get(rb)?.size ?? 0) ? ra : rb;
    const other = small === ra ? rb : ra;
    for (const x of cannot.get(small) ?? []) if (uf.find(x) === other) return true;
    return false;
  };
  const union = (a: number, b: number): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return true;
    if (forbidden(ra, rb)) return false;
    uf.parent[rb] = ra;
    const cb = cannot.get(rb);
    if (cb) {
      const ca = cannot.get(ra) ?? cannot.set(ra, new Set()).get(ra)!;
      for (const x of cb) ca.add(x);
    }
    return true;
  };
  const edges: Array<(E | ScoredEdge) & { status: EdgeStatus; bridge: boolean }> = [];
  const conflicts: Array<readonly [number, number]> = [];
  for (const [a, b] of constraints.mustLink) {
    if (union(a, b)) edges.push({ a, b, weight: Infinity, status: 'must_link', bridge: false });
    else conflicts.push([a, b]);
  }
  const above = scored.filter((e) => e.weight >= threshold).sort((x, y) => y.weight - x.weight);
  for (const e of above) edges.push({ ...e, status: union(e.a, e.b) ? 'linked' : 'blocked', bridge: false });

  const clusterOf = new Int32Array(n);
  const number = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let c = number.get(r);
    if (c === undefined) number.set(r, (c = number.size));
    clusterOf[i] = c;
  }
  const live = edges.map((e, k) => [e, k] as const).filter(([e]) => e.status !== 'blocked');
  const bridges = findBridges(
    n,
    live.map(([e]) => [e.a, e.b] as const),
  );
  // In a two-record cluster the one link is trivially a bridge; flag only those that hold a larger cluster together.
  const size = new Int32Array(number.size);
  for (let i = 0; i < n; i++) size[clusterOf[i]!]!++;
  for (const idx of bridges) {
    const e = edges[live[idx]![1]]!;
    if (size[clusterOf[e.a]!]! > 2) e.bridge = true;
  }
  return { clusterOf, clusterCount: number.size, edges, conflicts };
}
