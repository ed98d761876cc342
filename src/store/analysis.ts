/**
 * What the analysis stages store and read back (issue 4). Each stage writes its own tables and can
 * be re-run alone; every derived fact keeps the evidence (record ids) it came from.
 */

import type {
  CountryCandidate,
  Decision,
  DecisionKind,
  Evidence,
  PersonAnalysis,
  PersonLink,
  PersonRole,
  Reason,
} from '../core/analysis-types.ts';

export type {
  CountryCandidate,
  Decision,
  DecisionKind,
  Evidence,
  PersonAnalysis,
  PersonLink,
  PersonRole,
  Reason,
};

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

/** A message as the features pass reads it: only the columns it needs. */
export interface FeatureMessage {
  readonly message_id: string;
  readonly platform: string;
  readonly sender: string;
  /** JSON array of handles, as stored. */
  readonly recipients: string;
  readonly body: string;
  readonly sent_at: number;
}

/** Storage positions of the messages: `[first, end)`, and how many there are. */
export interface MessageSpan {
  readonly first: number;
  readonly end: number;
  readonly count: number;
}

/** Reads messages for the features pass; a worker thread opens its own with the store's reader address. */
export interface FeatureMessageReader {
  messageSpan(): Promise<MessageSpan>;
  /** Messages with storage positions in `[from, to)`, in storage order, in batches. */
  featureMessages(from: number, to: number): AsyncIterable<readonly FeatureMessage[]>;
}

/** A person as the linkage stage made it: the accounts and payer records that are one individual. */
export interface LinkedPerson {
  readonly person_id: string;
  /** Member ids: `acct:platform:handle` or `tx:transaction_id`. */
  readonly members: readonly string[];
}

export interface LeadFilter {
  readonly all?: boolean;
  readonly country?: string;
  /** Only these countries (need-to-know); undefined means every country. */
  readonly countries?: readonly string[];
  readonly limit?: number;
  readonly offset?: number;
}

export interface AnalysisStore extends FeatureMessageReader {
  /**
   * Where another thread can open a reader of this store's messages (`openFeatureReader` of the
   * backend), or null when it cannot (the features pass then runs on one thread).
   */
  readerAddress(): string | null;
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
