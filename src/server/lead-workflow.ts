import { VigilError } from '../core/errors.ts';
import { NEXT_STATUSES } from '../core/lead-workflow.ts';
import type { ReviewStatus } from '../store/reviews.ts';

export { NEXT_STATUSES };

export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  new: 'new',
  in_review: 'in review',
  developed: 'developed',
  approved: 'approved for dissemination',
  disseminated: 'disseminated',
  discarded: 'discarded',
};

/** Refuses a move the workflow does not allow, and a discard without a reason. */
export function checkTransition(from: ReviewStatus, to: ReviewStatus, reason: string | undefined): void {
  if (from === to) return;
  if (!NEXT_STATUSES[from].includes(to))
    throw new VigilError(
      `A lead that is ${STATUS_LABELS[from]} cannot become ${STATUS_LABELS[to]}; next: ${
        NEXT_STATUSES[from].map((s) => STATUS_LABELS[s]).join(', ') || 'nothing (final)'
      }.`,
      422,
      'bad_transition',
    );
  if (to === 'discarded' && (reason === undefined || reason.trim().length < 3))
    throw new VigilError('Say why the lead is discarded (a reason is required).', 422, 'reason_required');
}
