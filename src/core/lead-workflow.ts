import type { ReviewStatus } from './review-types.ts';

/**
 * The lead workflow: new → in review → developed → approved (for dissemination) → disseminated,
 * one step back where work must be redone, and discarded (with a reason) from anywhere before
 * dissemination; a discarded lead may be reopened into review. The server enforces it
 * (server/lead-workflow.ts); the workbench offers only these moves.
 */
export const NEXT_STATUSES: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  new: ['in_review', 'discarded'],
  in_review: ['developed', 'new', 'discarded'],
  developed: ['approved', 'in_review', 'discarded'],
  approved: ['disseminated', 'developed', 'discarded'],
  disseminated: [],
  discarded: ['in_review'],
};
