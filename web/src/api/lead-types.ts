/** The shapes of the lead, person, graph and package endpoints (src/server/lead.*, person.*, …). */
import type {
  Decision,
  Evidence,
  PersonAnalysis,
  PersonLink as StoredPersonLink,
  Reason,
} from '../../../src/core/analysis-types.ts';

export type { Decision, Evidence, PersonAnalysis, Reason };

/** A link as the profile endpoint sends it: the stored link without its person id. */
export type PersonLink = Omit<StoredPersonLink, 'person_id'>;

export type ReviewStatus = 'new' | 'in_review' | 'developed' | 'approved' | 'disseminated' | 'discarded';

export const STATUSES: readonly ReviewStatus[] = [
  'new',
  'in_review',
  'developed',
  'approved',
  'disseminated',
  'discarded',
];

export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  new: 'New',
  in_review: 'In review',
  developed: 'Developed',
  approved: 'Approved',
  disseminated: 'Disseminated',
  discarded: 'Discarded',
};

/** The workflow's allowed next statuses (as the server enforces them). */
export const NEXT_STATUSES: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  new: ['in_review', 'discarded'],
  in_review: ['developed', 'new', 'discarded'],
  developed: ['approved', 'in_review', 'discarded'],
  approved: ['disseminated', 'developed', 'discarded'],
  disseminated: [],
  discarded: ['in_review'],
};

export interface LeadRow {
  readonly person_id: string;
  readonly rank: number | null;
  readonly lead: boolean;
  readonly score: number;
  readonly culpability: number;
  readonly actionability: number;
  readonly urgent: boolean;
  readonly country: string | null;
  readonly country_confidence: number;
  readonly name: string | null;
  readonly accounts: number;
  readonly transfers: number;
  readonly status: ReviewStatus;
  readonly assignee: string | null;
  readonly tags: readonly string[];
  readonly version: number;
}

export interface LeadPage {
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly LeadRow[];
  readonly countries: readonly string[];
  readonly assignees: readonly string[];
}

export interface LeadSummary {
  readonly total: number;
  readonly leads: number;
  readonly urgent: number;
  readonly by_status: Readonly<Record<ReviewStatus, number>>;
  readonly by_country: readonly { country: string; count: number; leads: number }[];
}

export interface LeadReview {
  readonly person_id: string;
  readonly status: ReviewStatus;
  readonly assignee: string | null;
  readonly tags: readonly string[];
  readonly discard_reason: string | null;
  readonly version: number;
  readonly updated_by: string | null;
  readonly updated_at: number | null;
}

export interface Source {
  readonly file_sha256: string;
  readonly line: number;
}

export interface PersonProfile {
  readonly person: PersonAnalysis;
  readonly members: readonly string[];
  readonly in_queue: boolean;
  readonly review: LeadReview;
  readonly comments: readonly { id: number; author: string; at: number; text: string }[];
  readonly history: readonly {
    id: number;
    from_status: ReviewStatus;
    to_status: ReviewStatus;
    user: string;
    at: number;
    reason: string | null;
  }[];
  readonly links: readonly PersonLink[];
  readonly links_total: number;
  readonly decisions: readonly Decision[];
  readonly transfers: readonly {
    transaction_id: string;
    provider: string;
    sent_at: number;
    amount: string;
    currency: string;
    sender_name: string | null;
    sender_country: string | null;
    receiver_name: string | null;
    receiver_country: string | null;
    source: Source;
  }[];
  readonly ip_events: readonly {
    platform: string;
    handle: string;
    ip: string;
    seen_at: number;
    event: string | null;
    source: Source;
  }[];
  readonly evidence_messages: readonly {
    message_id: string;
    platform: string;
    sent_at: number;
    sender: string;
    excerpt: string;
  }[];
}

export interface GraphNode {
  readonly id: string;
  readonly kind: 'person' | 'account' | 'receiver' | 'network';
  readonly label: string;
  readonly role?: string;
  readonly center?: boolean;
  readonly collapsed?: boolean;
  readonly degree?: number;
  readonly country?: string | null;
  readonly person_id?: string;
  /** A seller's or a network's network id: expanding it shows the network's other buyers. */
  readonly network_id?: string;
}

export interface PersonGraph {
  readonly center: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly {
    source: string;
    target: string;
    kind: 'owns' | 'chat' | 'paid' | 'member';
    weight: number;
  }[];
}

export interface PackageEntry {
  readonly build: string;
  readonly folder: string;
  readonly country: string;
  readonly leads: readonly string[];
  readonly manifest_sha256: string;
  readonly key_id: string;
}

export interface PackageBuild {
  readonly id: string;
  readonly at: number;
  readonly user: string;
  readonly override: string | null;
  readonly packages: readonly PackageEntry[];
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly problems: readonly { file: string; problem: string }[];
  readonly keyId: string | null;
  readonly files: number;
}
