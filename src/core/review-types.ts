/**
 * The investigators' review of a lead (issue 6), as the store keeps it and the API and workbench
 * show it. Types and the list of statuses only, so the web app shares them.
 */
export const REVIEW_STATUSES = [
  'new',
  'in_review',
  'developed',
  'approved',
  'disseminated',
  'discarded',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** How a review came to its person when a re-analysis regrouped persons (store/review-carry-over.ts). */
export interface Carried {
  /** moved: the person's id changed; split: the person was divided and each part has a copy; merged: several reviews met on one person. */
  readonly kind: 'moved' | 'split' | 'merged';
  /** The person ids the review had before. */
  readonly from: readonly string[];
  readonly at: number;
}

export interface LeadReview {
  readonly person_id: string;
  readonly status: ReviewStatus;
  readonly assignee: string | null;
  readonly tags: readonly string[];
  /** Why the lead was discarded (required when it is). */
  readonly discard_reason: string | null;
  /** 0 until the first update; each update adds one. */
  readonly version: number;
  readonly updated_by: string | null;
  readonly updated_at: number | null;
  /** Set when the review was carried over from other person ids by a re-analysis. */
  readonly carried?: Carried | null;
}

export interface LeadComment {
  readonly id: number;
  readonly person_id: string;
  readonly author: string;
  readonly at: number;
  readonly text: string;
}

export interface StatusChange {
  readonly id: number;
  readonly person_id: string;
  readonly from_status: ReviewStatus;
  readonly to_status: ReviewStatus;
  readonly user: string;
  readonly at: number;
  readonly reason: string | null;
}
