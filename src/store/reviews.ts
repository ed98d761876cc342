/**
 * The investigators' review of each lead (issue 6): status, assignee, tags, comments and the
 * history of status changes. Every update names the version it read; a stale one is refused.
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

/** One update: only the fields given change; a comment is appended. */
export interface ReviewChange {
  readonly status?: ReviewStatus;
  /** With status 'discarded': why. */
  readonly reason?: string;
  readonly assignee?: string | null;
  readonly tags?: readonly string[];
  readonly comment?: string;
}

export interface ReviewStore {
  /** The review of one lead (status 'new', version 0 when nobody has touched it). */
  review(personId: string): Promise<LeadReview>;
  /** Every review that has been written, by person id (untouched leads are absent). */
  reviews(): Promise<ReadonlyMap<string, LeadReview>>;
  /**
   * Applies a change if the lead is still at `expectedVersion`; otherwise a VigilError 409 'stale'
   * naming who changed it and when.
   */
  update(personId: string, expectedVersion: number, user: string, change: ReviewChange): Promise<LeadReview>;
  comments(personId: string): Promise<readonly LeadComment[]>;
  history(personId: string): Promise<readonly StatusChange[]>;
  /** Leads approved for dissemination (what the package builder includes without an override). */
  approvedPersonIds(): Promise<string[]>;
}

/** The review of a lead nobody has touched. */
export const untouchedReview = (personId: string): LeadReview => ({
  person_id: personId,
  status: 'new',
  assignee: null,
  tags: [],
  discard_reason: null,
  version: 0,
  updated_by: null,
  updated_at: null,
});
