import { MISSING } from './comparison.ts';

export interface FsParameters {
  /** Prior share of matches among the candidate pairs. */
  readonly lambda: number;
  /** `m[f][level]` = P(level | match). */
  readonly m: number[][];
  /** `u[f][level]` = P(level | non-match). */
  readonly u: number[][];
  readonly iterations: number;
  readonly converged: boolean;
}

export interface EmOptions {
  readonly maxIterations?: number;
  readonly tolerance?: number;
  /** Keep u as given (from random pairs) and estimate only m and lambda. */
  readonly fixU?: boolean;
  readonly initialLambda?: number;
  /** Dirichlet centres for m per field (default: geometric, most mass on the strongest level). */
  readonly mPrior?: ReadonlyArray<readonly number[] | undefined>;
  /** Pseudo-pairs the priors are worth (default 20): they steer small tables and vanish in large ones. */
  readonly priorWeight?: number;
}

/** Distinct comparison vectors and how often each occurs: EM runs over patterns, not pairs. */
function patterns(vectors: Int8Array, fields: number): { keys: Int8Array[]; counts: number[] } {
  const index = new Map<number, number>();
  const keys: Int8Array[] = [];
  const counts: number[] = [];
  // Levels (−1…14) packed base 16 into one number: exact for up to 13 fields, else a string key.
  const packable = fields <= 13;
  const stringIndex = new Map<string, number>();
  for (let k = 0; k < vectors.length; k += fields) {
    const v = vectors.subarray(k, k + fields);
    let at: number | undefined;
    let code = 0;
    if (packable) {
      for (let f = 0; f < fields; f++) code = code * 16 + (v[f]! + 1);
      at = index.get(code);
    } else at = stringIndex.get(v.join(','));
    if (at === undefined) {
      if (packable) index.set(code, keys.length);
      else stringIndex.set(v.join(','), keys.length);
      keys.push(Int8Array.from(v));
      counts.push(1);
    } else counts[at]!++;
  }
  return { keys, counts };
}

/** Default m start: most mass on the strongest level, falling geometrically. */
export function initialM(levelsPerField: readonly number[]): number[][] {
  return levelsPerField.map((l) => {
    const raw = Array.from({ length: l }, (_, i) => Math.pow(0.15, i));
    const t = raw.reduce((a, b) => a + b, 0);
    return raw.map((x) => x / t);
  });
}

/**
 * Fellegi–Sunter parameters by expectation–maximisation over unlabelled comparison vectors,
 * assuming fields are independent given match status. Missing levels are skipped.
 */
export function estimateParameters(
  vectors: Int8Array,
  levelsPerField: readonly number[],
  uStart: number[][],
  options: EmOptions = {},
): FsParameters {
  const fields = levelsPerField.length;
  const { keys, counts } = patterns(vectors, fields);
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  let lambda = options.initialLambda ?? 0.1;
  // Start sharp (geometric, almost no mass on disagreement) whatever the prior: a permissive start
  // lets the "match" class swallow same-name strangers in large blocked sets (seen at 50,000 rows).
  let m = initialM(levelsPerField);
  let u = uStart.map((row) => [...row]);
  const total = counts.reduce((a, b) => a + b, 0);
  let iterations = 0;
  let converged = false;
  if (total === 0) return { lambda, m, u, iterations, converged: true };
  const SMOOTH = 1e-4;
  const weight = options.priorWeight ?? 20;
  const geometric = initialM(levelsPerField);
  const mCentre = levelsPerField.map((_, f) => options.mPrior?.[f] ?? geometric[f]!);
  const uCentre = uStart;
  const LAMBDA_PRIOR = 0.1;
  for (; iterations < maxIterations; iterations++) {
    const mCount = levelsPerField.map((l, f) =>
      Array.from({ length: l }, (_, k) => SMOOTH + weight * mCentre[f]![k]!),
    );
    const uCount = levelsPerField.map((l, f) =>
      Array.from({ length: l }, (_, k) => SMOOTH + weight * uCentre[f]![k]!),
    );
    let matchMass = weight * LAMBDA_PRIOR;
    for (let p = 0; p < keys.length; p++) {
      const v = keys[p]!;
      let lm = Math.log(lambda);
      let lu = Math.log(1 - lambda);
      for (let f = 0; f < fields; f++) {
        const level = v[f]!;
        if (level === MISSING) continue;
        lm += Math.log(m[f]![level]!);
        lu += Math.log(u[f]![level]!);
      }
      const post = 1 / (1 + Math.exp(lu - lm));
      const c = counts[p]!;
      matchMass += post * c;
      for (let f = 0; f < fields; f++) {
        const level = v[f]!;
        if (level === MISSING) continue;
        mCount[f]![level]! += post * c;
        uCount[f]![level]! += (1 - post) * c;
      }
    }
    const norm = (rows: number[][]) =>
      rows.map((row) => {
        const t = row.reduce((a, b) => a + b, 0);
        return row.map((x) => x / t);
      });
    const nextM = norm(mCount);
    const nextU = options.fixU ? u : norm(uCount);
    const nextLambda = Math.min(1 - 1e-9, Math.max(1e-9, matchMass / (total + weight)));
    let delta = Math.abs(nextLambda - lambda);
    for (let f = 0; f < fields; f++)
      for (let l = 0; l < levelsPerField[f]!; l++) {
        delta = Math.max(delta, Math.abs(nextM[f]![l]! - m[f]![l]!), Math.abs(nextU[f]![l]! - u[f]![l]!));
      }
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    if (delta < tolerance) {
      converged = true;
      iterations++;
      break;
    }
  }
  return { lambda, m, u, iterations, converged };
}
