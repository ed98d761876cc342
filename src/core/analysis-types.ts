/**
 * What analysis says about a person, as the store keeps it and the API and workbench show it.
 * Types only, so the web app shares them (it imports types only from core).
 */

/** A record behind a statement: a message id, a transaction id, an IP event, an account. */
export interface Evidence {
  readonly kind: 'message' | 'transaction' | 'ip_event' | 'account' | 'location' | 'media';
  readonly id: string;
}

export interface Reason {
  readonly indicator: string;
  readonly axis: 'culpability' | 'actionability' | 'urgent' | 'role';
  readonly weight: number;
  readonly detail: string;
  readonly evidence: readonly Evidence[];
}

export interface CountryCandidate {
  readonly country: string;
  readonly p: number;
  readonly evidence: readonly string[];
}

export type PersonRole = 'seller' | 'buyer' | 'other';

export interface PersonLink {
  readonly person_id: string;
  readonly a: string;
  readonly b: string;
  readonly weight: number;
  readonly probability: number;
  readonly status: string;
  readonly bridge: boolean;
  /** Per field: its level, its weight log2(m/u) in bits, and the term-frequency adjustment in bits. */
  readonly breakdown: readonly { field: string; level: string; weight: number; tf: number }[];
}

/** Everything shown about a person, as the later stages complete it. */
export interface PersonAnalysis {
  readonly person_id: string;
  readonly role: PersonRole;
  readonly names: readonly string[];
  readonly accounts: readonly { platform: string; handle: string }[];
  readonly transactions: readonly string[];
  readonly identifiers: readonly { type: string; value: string; evidence: readonly Evidence[] }[];
  readonly culpability: number;
  readonly actionability: number;
  readonly score: number;
  readonly urgent: boolean;
  readonly lead: boolean;
  readonly rank: number | null;
  readonly country: string | null;
  readonly country_confidence: number;
  readonly country_candidates: readonly CountryCandidate[];
  readonly reasons: readonly Reason[];
}

export type DecisionKind = 'confirm' | 'split' | 'merge';

/** An investigator's linkage decision, kept by member ids so it survives re-analysis. */
export interface Decision {
  readonly id: number;
  readonly kind: DecisionKind;
  readonly a: string;
  readonly b: string;
  readonly user: string;
  readonly note: string | null;
  readonly at: number;
}
