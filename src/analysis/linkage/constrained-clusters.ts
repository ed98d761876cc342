import { bridgeFlags } from './bridges.ts';

/**
 * Scored pairs of record indices as parallel arrays: a seed-scale case scores over a million pairs,
 * and an object per pair (copied again per edge) set the analysis's peak memory.
 */
export interface ScoredPairs {
  readonly a: ArrayLike<number>;
  readonly b: ArrayLike<number>;
  readonly weight: ArrayLike<number>;
}

/** Investigator decisions on record indices: confirm/merge are must-links, split is a cannot-link. */
export interface IndexConstraints {
  readonly mustLink: ReadonlyArray<readonly [number, number]>;
  readonly cannotLink: ReadonlyArray<readonly [number, number]>;
}

export type EdgeStatus = 'linked' | 'must_link' | 'blocked';
const STATUS: readonly EdgeStatus[] = ['linked', 'must_link', 'blocked'];
const LINKED = 0;
const MUST_LINK = 1;
const BLOCKED = 2;

/**
 * The edges clustering considered, as parallel arrays: must-links first (in decision order), then
 * the scored pairs at or above the threshold, heaviest first (ties in input order).
 */
export interface EdgeTable {
  readonly count: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Infinity for a must-link. */
  readonly weight: Float64Array;
  /** 0 linked, 1 must-link, 2 blocked (a split forbids it); see `statusOf`. */
  readonly status: Uint8Array;
  /** 1 when the edge is a bridge of the link graph in a cluster of three or more. */
  readonly bridge: Uint8Array;
  /** The index of the scored pair it came from, or -1 for a must-link. */
  readonly source: Int32Array;
}

export const statusOf = (t: EdgeTable, e: number): EdgeStatus => STATUS[t.status[e]!]!;

export interface ClusterResult {
  /** Cluster number of each record (0-based, in order of first member). */
  readonly clusterOf: Int32Array;
  readonly clusterCount: number;
  readonly edges: EdgeTable;
  /** Must-links dropped because a cannot-link forbids them (the split decision wins). */
  readonly conflicts: ReadonlyArray<readonly [number, number]>;
}

/** A list of scored edge objects as parallel arrays (for small inputs and tests). */
export function scoredPairs(edges: ReadonlyArray<{ a: number; b: number; weight: number }>): ScoredPairs {
  return {
    a: Int32Array.from(edges, (e) => e.a),
    b: Int32Array.from(edges, (e) => e.b),
    weight: Float64Array.from(edges, (e) => e.weight),
  };
}

/** Each edge of a table as an object (for small tables and tests). */
export function edgeList(t: EdgeTable): Array<{
  a: number;
  b: number;
  weight: number;
  status: EdgeStatus;
  bridge: boolean;
  source: number;
}> {
  return Array.from({ length: t.count }, (_, e) => ({
    a: t.a[e]!,
    b: t.b[e]!,
    weight: t.weight[e]!,
    status: statusOf(t, e),
    bridge: t.bridge[e] === 1,
    source: t.source[e]!,
  }));
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
export function constrainedClusters(
  n: number,
  scored: ScoredPairs,
  threshold: number,
  constraints: IndexConstraints = { mustLink: [], cannotLink: [] },
): ClusterResult {
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

  let above = 0;
  for (let k = 0; k < scored.weight.length; k++) if (scored.weight[k]! >= threshold) above++;
  const order = new Int32Array(above);
  for (let k = 0, i = 0; k < scored.weight.length; k++) if (scored.weight[k]! >= threshold) order[i++] = k;
  order.sort((x, y) => scored.weight[y]! - scored.weight[x]! || x - y);

  const capacity = constraints.mustLink.length + above;
  const t = {
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    weight: new Float64Array(capacity),
    status: new Uint8Array(capacity),
    bridge: new Uint8Array(capacity),
    source: new Int32Array(capacity),
  };
  let count = 0;
  const push = (a: number, b: number, weight: number, status: number, source: number): void => {
    t.a[count] = a;
    t.b[count] = b;
    t.weight[count] = weight;
    t.status[count] = status;
    t.source[count++] = source;
  };
  const conflicts: Array<readonly [number, number]> = [];
  for (const [a, b] of constraints.mustLink) {
    if (union(a, b)) push(a, b, Infinity, MUST_LINK, -1);
    else conflicts.push([a, b]);
  }
  for (const k of order) {
    const a = scored.a[k]!;
    const b = scored.b[k]!;
    push(a, b, scored.weight[k]!, union(a, b) ? LINKED : BLOCKED, k);
  }
  const edges: EdgeTable = {
    count,
    a: t.a.subarray(0, count),
    b: t.b.subarray(0, count),
    weight: t.weight.subarray(0, count),
    status: t.status.subarray(0, count),
    bridge: t.bridge.subarray(0, count),
    source: t.source.subarray(0, count),
  };

  const clusterOf = new Int32Array(n);
  const number = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let c = number.get(r);
    if (c === undefined) number.set(r, (c = number.size));
    clusterOf[i] = c;
  }
  flagBridges(n, edges, clusterOf, number.size);
  return { clusterOf, clusterCount: number.size, edges, conflicts };
}

/** Marks the bridges of the live (not blocked) edges that hold a cluster of three or more together. */
function flagBridges(n: number, edges: EdgeTable, clusterOf: Int32Array, clusters: number): void {
  let liveCount = 0;
  for (let e = 0; e < edges.count; e++) if (edges.status[e] !== BLOCKED) liveCount++;
  const live = new Int32Array(liveCount);
  for (let e = 0, i = 0; e < edges.count; e++) if (edges.status[e] !== BLOCKED) live[i++] = e;
  const flags = bridgeFlags(
    n,
    live.map((e) => edges.a[e]!),
    live.map((e) => edges.b[e]!),
  );
  // In a two-record cluster the one link is trivially a bridge; flag only those that hold a larger cluster together.
  const size = new Int32Array(clusters);
  for (let i = 0; i < n; i++) size[clusterOf[i]!]!++;
  for (let i = 0; i < liveCount; i++) {
    const e = live[i]!;
    if (flags[i] === 1 && size[clusterOf[edges.a[e]!]!]! > 2) edges.bridge[e] = 1;
  }
}
