import { STATUS_LABELS, type ReviewStatus } from '../api/lead-types.ts';

/** A lead's review status as a small coloured tag. */
export function StatusTag(props: { status: ReviewStatus }) {
  return <span className={`tag tag-status tag-status-${props.status}`}>{STATUS_LABELS[props.status]}</span>;
}
