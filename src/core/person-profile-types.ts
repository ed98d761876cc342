/**
 * The person profile as the API answers it (GET /api/leads/:id, /api/persons/:id). Types only, so
 * the web app shares them.
 */
import type { Decision, PersonAnalysis, PersonLink } from './analysis-types.ts';
import type { LeadComment, LeadReview, StatusChange } from './review-types.ts';

/** A transfer as the profile shows it. */
export interface ProfileTransfer {
  readonly transaction_id: string;
  readonly provider: string;
  readonly sent_at: number;
  readonly amount: string;
  readonly currency: string;
  readonly sender_name: string | null;
  readonly sender_country: string | null;
  readonly receiver_name: string | null;
  readonly receiver_account: string | null;
  readonly receiver_country: string | null;
  readonly source: { readonly file_sha256: string; readonly line: number };
}

export interface ProfileIpEvent {
  readonly platform: string;
  readonly handle: string;
  readonly ip: string;
  readonly seen_at: number;
  readonly event: string | null;
  readonly source: { readonly file_sha256: string; readonly line: number };
}

/** A message named as evidence, short enough to list; the conversation viewer shows it whole. */
export interface EvidenceMessage {
  readonly message_id: string;
  readonly platform: string;
  readonly sent_at: number;
  readonly sender: string;
  readonly excerpt: string;
}

/** Everything the person profile shows (GET /api/leads/:id and /api/persons/:id). */
export interface PersonProfile {
  readonly person: PersonAnalysis;
  /** Linkage member ids (`acct:platform:handle`, `tx:id`). */
  readonly members: readonly string[];
  readonly in_queue: boolean;
  readonly review: LeadReview;
  readonly comments: readonly LeadComment[];
  readonly history: readonly StatusChange[];
  /** The strongest links (a maximum spanning tree and the bridges); `links_total` counts them all. */
  readonly links: readonly PersonLink[];
  readonly links_total: number;
  readonly decisions: readonly Decision[];
  readonly transfers: readonly ProfileTransfer[];
  readonly ip_events: readonly ProfileIpEvent[];
  readonly evidence_messages: readonly EvidenceMessage[];
}
