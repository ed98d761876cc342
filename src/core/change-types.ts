/**
 * What a new analysis changed against an earlier one (issue 7, "the next seizure"): the answer of
 * `vigil diff --since RUN` and of GET /api/changes. Types only, so the web app shares them.
 */
import type { PersonRole } from './analysis-types.ts';

export interface EvidenceDelta {
  readonly messages: number;
  readonly transfers: number;
  readonly ip_events: number;
  readonly locations: number;
}

/** A person as one analysis saw them. */
export interface ChangedPerson {
  readonly person_id: string;
  readonly name: string | null;
  readonly role: PersonRole;
  readonly score: number;
  readonly country: string | null;
  readonly lead: boolean;
  readonly urgent: boolean;
  readonly rank: number | null;
  /** Accounts, as `platform:handle`. */
  readonly accounts: readonly string[];
}

/** The investigators' review of a lead, as it stands now, and the person id it is filed under. */
export interface ReviewState {
  /** The id the review is kept under: the current id, or the earlier one when the id changed. */
  readonly person_id: string;
  readonly status: string;
  readonly assignee: string | null;
  readonly version: number;
  /** The review is filed under an earlier person id, not the current one. */
  readonly under_previous_id: boolean;
}

/** A person whose members no earlier person held. */
export interface NewPersonChange {
  readonly person: ChangedPerson;
}

/** A person made of members an earlier person held, now apart from it (linkage split them). */
export interface SplitChange {
  readonly person: ChangedPerson;
  /** The earlier person it shares the most members with. */
  readonly split_from: string;
}

export interface NewEvidenceChange {
  readonly person: ChangedPerson;
  /** The person's id in the earlier analysis (differs when its members changed its id). */
  readonly previous_person_id: string;
  /** Records added, by kind. */
  readonly added: EvidenceDelta;
  /** Accounts and payer records that joined the person. */
  readonly accounts_added: readonly string[];
  readonly members_added: number;
  /** Earlier persons now part of this one (their members joined it). */
  readonly merged_from: readonly string[];
  readonly review: ReviewState | null;
}

export type LeadChangeKind = 'appeared' | 'dropped' | 'moved';

export interface LeadChange {
  readonly kind: LeadChangeKind;
  /** The person now; null when they are no longer a person of their own (merged into another). */
  readonly person: ChangedPerson | null;
  /** The person in the earlier analysis; null when they are new. */
  readonly previous: ChangedPerson | null;
  /** What moved: 'score', 'country', 'urgent' (and 'lead' for appeared/dropped). */
  readonly moved: readonly ('score' | 'country' | 'urgent' | 'lead')[];
  /** The person the dropped one is now part of, when merged. */
  readonly merged_into: string | null;
  readonly review: ReviewState | null;
  /** Investigators' linkage decisions naming any of the person's members. */
  readonly decisions: number;
}

export interface NetworkChange {
  readonly kind: 'new' | 'grown' | 'gone';
  readonly network_id: string;
  readonly label: string | null;
  readonly previous_network_id: string | null;
  readonly members: number;
  readonly members_added: readonly string[];
}

export interface SnapshotRef {
  readonly snapshot: number;
  readonly taken_at: number;
  readonly last_run: number | null;
}

export interface ChangeList {
  /** The ingest run the list is "since". */
  readonly since_run: number;
  /** The last analysis before that run started. */
  readonly baseline: SnapshotRef;
  /** The latest analysis. */
  readonly current: SnapshotRef;
  readonly counts: {
    readonly new_persons: number;
    readonly split_off: number;
    readonly new_evidence: number;
    readonly leads_appeared: number;
    readonly leads_dropped: number;
    readonly leads_moved: number;
    readonly new_networks: number | null;
  };
  readonly new_persons: readonly NewPersonChange[];
  readonly split_off: readonly SplitChange[];
  readonly new_evidence: readonly NewEvidenceChange[];
  readonly leads: readonly LeadChange[];
  /** null: one of the two analyses recorded no networks, so nothing can be said about them. */
  readonly networks: readonly NetworkChange[] | null;
}
