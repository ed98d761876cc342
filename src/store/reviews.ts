import type { LeadComment, LeadReview, ReviewStatus, StatusChange } from '../core/review-types.ts';

/**
 * The investigators' review of each lead (issue 6): status, assignee, tags, comments and the
 * history of status changes. Every update names the version it read; a stale one is refused.
 * Reviews follow their persons' members across re-analysis (review-carry-over.ts): a review is
 * never lost when linkage renames, splits or merges a person.
 */
export { REVIEW_STATUSES } from '../core/review-types.ts';
export type { Carried, LeadComment, LeadReview, ReviewStatus, StatusChange } from '../core/review-types.ts';

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
  carried: null,
});
