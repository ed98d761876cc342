/**
 * The analysis history (issue 7, "the next seizure"): after every analysis a compact snapshot of
 * what it concluded, so a later analysis can be compared with it (`vigil diff --since RUN`).
 * Snapshots are only ever added; the live analysis tables are replaced on every run.
 */
import type { PersonRole } from '../core/analysis-types.ts';

/** Records behind a person, counted by kind. */
export interface EvidenceCounts {
  /** Messages the person's accounts sent or received. */
  readonly messages: number;
  /** Transfers the person made (payer records linked to them). */
  readonly transfers: number;
  /** IP events of the person's accounts. */
  readonly ip_events: number;
  /** Location records of the person's accounts. */
  readonly locations: number;
}

/** One person as an analysis left them. */
export interface SnapshotPerson {
  readonly person_id: string;
  /** SHA-256 prefix over the sorted member ids: equal keys mean the same members exactly. */
  readonly member_key: string;
  /** How many members (accounts and payer records) the person had. */
  readonly members: number;
  /**
   * Member ids kept to recognise the person in a later analysis even when its id changes: every
   * account (`acct:platform:handle`) and the first few payer records (`tx:id`) in sorted order.
   */
  readonly anchors: readonly string[];
  readonly name: string | null;
  readonly role: PersonRole;
  readonly score: number;
  readonly culpability: number;
  readonly actionability: number;
  /** The top country candidate. */
  readonly country: string | null;
  readonly lead: boolean;
  readonly urgent: boolean;
  readonly rank: number | null;
  readonly evidence: EvidenceCounts;
}

/** One seller network as an analysis left it. */
export interface SnapshotNetwork {
  readonly network_id: string;
  readonly label: string | null;
  /** Member ids (persons' accounts and receivers), sorted. */
  readonly members: readonly string[];
}

export interface SnapshotInfo {
  readonly id: number;
  /** When the analysis finished (epoch ms). */
  readonly taken_at: number;
  /** When the analysis started (epoch ms). */
  readonly started_at: number;
  /** The newest ingest run that had started before the analysis did (null: none). */
  readonly last_run: number | null;
  readonly persons: number;
  readonly leads: number;
  /** Networks in the snapshot; null when the analysis found none to record (no networks stage). */
  readonly networks: number | null;
}

export interface NewSnapshot {
  readonly taken_at: number;
  readonly started_at: number;
  readonly last_run: number | null;
  readonly persons: readonly SnapshotPerson[];
  /** null: this analysis did not produce networks. */
  readonly networks: readonly SnapshotNetwork[] | null;
}

export interface HistoryStore {
  /** Adds a snapshot (in one transaction) and returns what was recorded. */
  record(snapshot: NewSnapshot): Promise<SnapshotInfo>;
  /** Every snapshot, oldest first. */
  snapshots(): Promise<readonly SnapshotInfo[]>;
  persons(snapshotId: number): Promise<readonly SnapshotPerson[]>;
  networks(snapshotId: number): Promise<readonly SnapshotNetwork[]>;
}
