import { candidatePairs } from './blocking.ts';
import { MISSING, type BlockingRule, type Comparison, type Linkable } from './comparison.ts';
import { comparisonVectors } from './comparison-vectors.ts';
import { constrainedClusters, statusOf, type EdgeStatus, type EdgeTable } from './constrained-clusters.ts';
import { estimateParameters, type FsParameters } from './em.ts';
import {
  explainWeight,
  levelWeights,
  matchProbability,
  pairWeight,
  type FieldWeight,
} from './match-weights.ts';
import { estimateUFromRandomPairs } from './random-pairs-u.ts';
import { termFrequencies } from './term-frequency.ts';

/** Investigator decisions by record id; they are re-applied on every run, so they survive re-analysis. */
export interface LinkConstraints {
  /** Confirmed links and merges: these records are one person. */
  readonly mustLink?: ReadonlyArray<readonly [string, string]>;
  /** Splits: these records are never one person. */
  readonly cannotLink?: ReadonlyArray<readonly [string, string]>;
}

export interface LinkageSpec<R extends Linkable> {
  readonly comparisons: readonly Comparison<R>[];
  readonly blocking: readonly BlockingRule<R>[];
}

export interface LinkOptions {
  /** Match weight (bits) a pair needs to be linked; default: where the posterior reaches 0.5. */
  readonly threshold?: number;
  readonly constraints?: LinkConstraints;
  readonly maxBlockSize?: number;
  readonly randomPairs?: number;
  readonly seed?: number;
  /** Re-use parameters from an earlier run instead of estimating them. */
  readonly parameters?: FsParameters;
  readonly emIterations?: number;
  /** Keep u from random pairs and estimate only m and λ (for tables where most blocked pairs match). */
  readonly fixU?: boolean;
  /**
   * Return only the links that hold each cluster together — a maximum-weight spanning forest, decisions
   * first — instead of every pair above the threshold (a payer with 300 transfers has 45,000 such pairs).
   * Bridges are still judged on the full graph.
   */
  readonly spanningLinks?: boolean;
  /**
   * Alternatives of which one must hold for a pair to link at all; an alternative is a set of fields
   * that must all agree: `name` at any level but the last, `name:2` at level 2 or stronger. With common names, names alone — or a shared
   * address alone — chain strangers into one giant person.
   */
  readonly corroboration?: readonly (readonly string[])[];
}

export interface Link {
  readonly a: string;
  readonly b: string;
  readonly weight: number;
  readonly probability: number;
  readonly status: EdgeStatus;
  /** Removing this link would split its cluster: the weakest point of a merged person. */
  readonly bridge: boolean;
  readonly breakdown: readonly FieldWeight[];
}

export interface Cluster {
  /** The id of its first member in input order: stable when membership is. */
  readonly id: string;
  readonly members: readonly string[];
}

export interface LinkResult {
  readonly clusters: readonly Cluster[];
  /** Record id → cluster id. */
  readonly clusterOf: ReadonlyMap<string, string>;
  readonly links: readonly Link[];
  readonly parameters: FsParameters & {
    readonly fields: ReadonlyArray<{ name: string; levels: readonly string[] }>;
  };
  readonly threshold: number;
  readonly stats: {
    readonly records: number;
    readonly candidatePairs: number;
    readonly skippedBlocks: number;
    readonly conflicts: number;
  };
}

/** The weight at which a pair's posterior match probability is one half. */
export function defaultThreshold(lambda: number): number {
  return Math.log2((1 - lambda) / lambda);
}

/**
 * Fellegi–Sunter linkage of `records`: block, compare, estimate m/u by EM (u seeded from random
 * pairs), weight with term-frequency adjustment, then cluster above the threshold under the
 * investigators' constraints. Pure: same input, same output.
 */
export function linkRecords<R extends Linkable>(
  records: readonly R[],
  spec: LinkageSpec<R>,
  options: LinkOptions = {},
): LinkResult {
  const { comparisons, blocking } = spec;
  const index = new Map(records.map((r, i) => [r.id, i]));
  const pairs = candidatePairs(records, blocking, options.maxBlockSize);
  const vectors = comparisonVectors(records, pairs.left, pairs.right, comparisons);
  const levels = comparisons.map((c) => c.levels.length);
  const params =
    options.parameters ??
    estimateParameters(
      vectors,
      levels,
      estimateUFromRandomPairs(records, comparisons, options.randomPairs, options.seed),
      {
        maxIterations: options.emIterations,
        fixU: options.fixU,
        mPrior: comparisons.map((c) => c.mPrior),
      },
    );
  const tf = termFrequencies(records, comparisons);
  const weights = levelWeights(params);
  const f = comparisons.length;
  const threshold = options.threshold ?? defaultThreshold(params.lambda);
  // Pairs at or above the threshold, in typed arrays: a seed-scale case scores over a million
  const candidates = pairs.left.length;
  const scoredA = new Uint32Array(candidates);
  const scoredB = new Uint32Array(candidates);
  const scoredWeight = new Float64Array(candidates);
  const scoredK = new Uint32Array(candidates);
  let scoredCount = 0;
  const alternatives = (options.corroboration ?? []).map((fields) =>
    fields.map((spec) => {
      const [name, most] = spec.split(':');
      const fi = comparisons.findIndex((c) => c.name === name);
      return { fi, most: most === undefined ? (comparisons[fi]?.levels.length ?? 0) - 2 : Number(most) };
    }),
  );
  const agrees = (k: number, { fi, most }: { fi: number; most: number }): boolean => {
    if (fi < 0) return false;
    const level = vectors[k * f + fi]!;
    return level !== MISSING && level <= most;
  };
  const corroborated = (k: number): boolean =>
    alternatives.length === 0 || alternatives.some((fields) => fields.every((x) => agrees(k, x)));
  for (let k = 0; k < pairs.left.length; k++) {
    const a = pairs.left[k]!;
    const weight = pairWeight(vectors.subarray(k * f, (k + 1) * f), weights, comparisons, tf, records[a]!);
    if (weight < threshold || !corroborated(k)) continue;
    scoredA[scoredCount] = a;
    scoredB[scoredCount] = pairs.right[k]!;
    scoredWeight[scoredCount] = weight;
    scoredK[scoredCount++] = k;
  }
  const toIndex = (pairsById: ReadonlyArray<readonly [string, string]> | undefined) =>
    (pairsById ?? []).flatMap(([x, y]) => {
      const i = index.get(x);
      const j = index.get(y);
      return i === undefined || j === undefined ? [] : [[i, j] as const];
    });
  const scored = {
    a: scoredA.subarray(0, scoredCount),
    b: scoredB.subarray(0, scoredCount),
    weight: scoredWeight.subarray(0, scoredCount),
  };
  const clustered = constrainedClusters(records.length, scored, threshold, {
    mustLink: toIndex(options.constraints?.mustLink),
    cannotLink: toIndex(options.constraints?.cannotLink),
  });
  const edges = clustered.edges;
  const kept =
    options.spanningLinks === true
      ? spanningForest(records.length, edges)
      : Array.from({ length: edges.count }, (_, e) => e);
  const links: Link[] = kept.map((e) => {
    const [ea, eb] = [edges.a[e]!, edges.b[e]!];
    const [i, j] = ea < eb ? [ea, eb] : [eb, ea];
    const source = edges.source[e]!;
    const k = source < 0 ? undefined : scoredK[source]!;
    const vector =
      k === undefined
        ? comparisonVectors(records, Uint32Array.of(i), Uint32Array.of(j), comparisons)
        : vectors.subarray(k * f, (k + 1) * f);
    const weight =
      k === undefined ? pairWeight(vector, weights, comparisons, tf, records[i]!) : edges.weight[e]!;
    return {
      a: records[ea]!.id,
      b: records[eb]!.id,
      weight,
      probability: matchProbability(weight, params.lambda),
      status: statusOf(edges, e),
      bridge: edges.bridge[e] === 1,
      breakdown: explainWeight(vector, params, comparisons, tf, records[i]!),
    };
  });
  const members: string[][] = Array.from({ length: clustered.clusterCount }, () => []);
  records.forEach((r, i) => members[clustered.clusterOf[i]!]!.push(r.id));
  const clusters = members.map((m) => ({ id: m[0]!, members: m }));
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const id of c.members) clusterOf.set(id, c.id);
  return {
    clusters,
    clusterOf,
    links,
    parameters: { ...params, fields: comparisons.map((c) => ({ name: c.name, levels: c.levels })) },
    threshold,
    stats: {
      records: records.length,
      candidatePairs: pairs.left.length,
      skippedBlocks: pairs.skippedBlocks.length,
      conflicts: clustered.conflicts.length,
    },
  };
}

/**
 * Kruskal over the clustered edges, heaviest first (must-links count as infinite): one tree per
 * cluster. Returns edge indices in the order taken.
 */
function spanningForest(n: number, edges: EdgeTable): number[] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const key = (e: number): number =>
    statusOf(edges, e) === 'must_link' ? Number.MAX_VALUE : edges.weight[e]!;
  let liveCount = 0;
  for (let e = 0; e < edges.count; e++) if (statusOf(edges, e) !== 'blocked') liveCount++;
  const order = new Int32Array(liveCount);
  for (let e = 0, i = 0; e < edges.count; e++) if (statusOf(edges, e) !== 'blocked') order[i++] = e;
  order.sort((x, y) => key(y) - key(x) || x - y);
  const out: number[] = [];
  for (const e of order) {
    const ra = find(edges.a[e]!);
    const rb = find(edges.b[e]!);
    if (ra === rb) continue;
    parent[ra] = rb;
    out.push(e);
  }
  return out;
}
