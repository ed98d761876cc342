import type { PersonAnalysis } from '../../core/analysis-types.ts';
import type { CaseFacts } from '../stages/case-facts.ts';
import type { LocationFact } from './seller-homes.ts';

/** What describing a network needs to look up, built once per analysis. */
export interface NetworkContext {
  readonly facts: CaseFacts;
  readonly persons: ReadonlyMap<string, PersonAnalysis>;
  readonly personOfAccount: ReadonlyMap<string, string>;
  readonly payerOf: ReadonlyMap<string, string>;
  /** Accounts marked role_hint=seller. */
  readonly hinted: ReadonlySet<string>;
  readonly locations: ReadonlyMap<string, readonly (LocationFact & { accuracy: number | null })[]>;
  readonly ipCountry: (ip: string) => string | null;
  readonly sellerCountries: ReadonlySet<string>;
}

/** A network is still active when it shows activity this close to the case's newest record. */
export const STILL_ACTIVE_MS = 45 * 86_400_000;
