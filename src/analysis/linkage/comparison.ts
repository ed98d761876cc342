/** Level index meaning "one side has no value": the field adds no evidence either way. */
export const MISSING = -1;

/**
 * One field of the comparison vector. `levels[0]` is the strongest agreement and the last level
 * is "different"; `compare` returns a level index or MISSING.
 */
export interface Comparison<R> {
  readonly name: string;
  readonly levels: readonly string[];
  compare(a: R, b: R): number;
  /** The value whose rarity adjusts the weight of an exact agreement (term-frequency adjustment). */
  tfValue?(r: R): string | null;
  /** The level the term-frequency adjustment applies to (default 0). */
  readonly tfLevel?: number;
  /** Prior P(level | match), a Dirichlet centre for EM; it dominates only when there are few pairs. */
  readonly mPrior?: readonly number[];
  /** Prior P(level | non-match), added to the random-pair counts the same way. */
  readonly uPrior?: readonly number[];
}

/** A blocking rule: records sharing any key are compared. Return no key to leave a record out of this rule. */
export interface BlockingRule<R> {
  readonly name: string;
  keys(r: R): readonly string[];
}

/** The record type the engine links: anything with a stable id. */
export interface Linkable {
  readonly id: string;
}
