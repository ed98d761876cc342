/**
 * What the analysis stages store and read back (issue 4). Each stage writes its own tables and can
 * be re-run alone; every derived fact keeps the evidence (record ids) it came from.
 */

/** A record behind a statement: a message id, a transaction id, an IP event, an account. */
export interface Evidence {
  readonly kind: 'message' | 'transaction' | 'ip_event' | 'account' | 'location' | 'media';
  readonly id: string;
}

/** One identifier found in a message body, with where it stands. */
export interface IdentifierRow {
  readonly message_id: string;
  readonly platform: string;
  /** The handle that wrote it. */
  readonly sender: string;
  readonly sent_at: number;
  readonly type: string;
  readonly value: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly country: string | null;
}

/** Per-account aggregates of its messages, so later stages need not read ten million rows again. */
export interface AccountProfile {
  readonly platform: string;
  readonly handle: string;
  readonly sent: number;
  readonly received: number;
  readonly first: number | null;
  readonly last: number | null;
  /** Send times (epoch ms), evenly thinned to at most a few hundred, for time-zone inference. */
  readonly times: readonly number[];
  /** Languages the account writes (short-text detector over a sample), by share of text. */
  readonly languages: readonly { language: string; share: number; messages: number }[];
  /** Lexicon category → hits, each with up to a few message ids as evidence. */
  readonly lexicon: Readonly<Record<string, { count: number; examples: readonly string[] }>>;
  /** Counterparties: `platform:handle` → messages exchanged. */
  readonly partners: Readonly<Record<string, number>>;
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

/** A person as the linkage stage made it: the accounts and payer records that are one individual. */
export interface LinkedPerson {
  readonly person_id: string;
  /** Member ids: `acct:platform:handle` or `tx:transaction_id`. */
  readonly members: readonly string[];
}

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

export interface LeadFilter {
  readonly all?: boolean;
  readonly country?: string;
  /** Only these countries (need-to-know); undefined means every country. */
  readonly countries?: readonly string[];
  readonly limit?: number;
  readonly offset?: number;
}

export interface AnalysisStore {
  /**
   * Stage 1: replaces the identifiers and account profiles. `profiles` is called once the
   * identifiers are consumed (they are found in the same pass over the messages).
   */
  replaceFeatures(
    identifiers: AsyncIterable<readonly IdentifierRow[]>,
    profiles: () => readonly AccountProfile[],
  ): Promise<number>;
  profiles(): Promise<readonly AccountProfile[]>;
  /** Identifiers found in messages, optionally only of some types and only those these accounts (`platform:handle`) wrote. */
  identifiers(filter?: {
    readonly types?: readonly string[];
    readonly accounts?: readonly string[];
  }): Promise<readonly IdentifierRow[]>;
  /** Stage 2: replaces persons and their links (later stages' fields are reset). */
  replaceLinkage(persons: readonly LinkedPerson[], links: readonly PersonLink[]): Promise<void>;
  linkedPersons(): Promise<readonly LinkedPerson[]>;
  links(personId: string): Promise<readonly PersonLink[]>;
  /** Stages 3–5: replaces the finished picture of every person (role, scores, reasons, country). */
  replacePersons(persons: readonly PersonAnalysis[]): Promise<void>;
  persons(): Promise<readonly PersonAnalysis[]>;
  person(personId: string): Promise<PersonAnalysis | undefined>;
  /** The person a member (account or transaction) belongs to. */
  personOf(memberId: string): Promise<string | undefined>;
  /** Ranked non-sellers; only leads unless `all`. */
  leads(filter: LeadFilter): Promise<readonly PersonAnalysis[]>;
  addDecision(d: Omit<Decision, 'id' | 'at'> & { at?: number }): Promise<Decision>;
  decisions(): Promise<readonly Decision[]>;
  /** Records that a stage ran, with its figures. */
  recordStage(stage: string, startedAt: number, stats: unknown): Promise<void>;
  stages(): Promise<readonly { stage: string; started_at: number; finished_at: number; stats: unknown }[]>;
}
