import { useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { NEXT_STATUSES, STATUS_LABELS, type LeadReview, type PersonProfile } from '../api/lead-types.ts';
import { utc } from '../format.ts';
import { StatusTag } from './status-tag.tsx';

/** Says how a re-analysis brought this review here, so the investigator checks the person again. */
function carriedNote(c: NonNullable<LeadReview['carried']>): string {
  const from = c.from.join(', ');
  if (c.kind === 'moved')
    return `Carried over from ${from}: the re-analysis of ${utc(c.at)} renamed this person.`;
  if (c.kind === 'split')
    return `Copied from ${from}, which the re-analysis of ${utc(c.at)} split: check that this part still fits the review.`;
  return `Merged from the reviews of ${from} by the re-analysis of ${utc(c.at)}: the most advanced status was kept.`;
}

/**
 * Status, assignee, tags and comments of one lead. Every change carries the version shown; if a
 * colleague changed the lead meanwhile the server refuses it and the panel says who.
 */
export function ReviewPanel(props: {
  profile: PersonProfile;
  canEdit: boolean;
  assignees: readonly string[];
  onChanged: () => void;
}) {
  const { review, comments, history } = props.profile;
  const id = props.profile.person.person_id;
  const [problem, setProblem] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [tags, setTags] = useState(review.tags.join(', '));

  const send = async (change: Record<string, unknown>): Promise<LeadReview | null> => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await api.post<LeadReview>(`/api/leads/${id}/review`, { version: review.version, ...change });
      props.onChanged();
      return r;
    } catch (e) {
      setProblem(e instanceof Error ? e : new Error(String(e)));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const stale = problem instanceof ApiError && problem.code === 'stale';

  return (
    <aside className="panel review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <p className="review-state">
        <StatusTag status={review.status} /> <span className="muted small">version {review.version}</span>
      </p>
      {review.discard_reason !== null && <p className="small">Discarded: {review.discard_reason}</p>}
      {review.carried !== undefined && review.carried !== null && (
        <p className="small notice-carried">{carriedNote(review.carried)}</p>
      )}
      {review.updated_by !== null && review.updated_at !== null && (
        <p className="muted small">
          Last changed by {review.updated_by}, {utc(review.updated_at)}
        </p>
      )}
      {problem !== null && (
        <div className={stale ? 'notice notice-refused' : 'notice notice-error'} role="alert">
          <strong>{stale ? 'Someone else changed this lead' : 'Not saved'}</strong>
          <p>{problem.message}</p>
          {stale && (
            <button type="button" className="button-small" onClick={props.onChanged}>
              Reload the lead
            </button>
          )}
        </div>
      )}
      {props.canEdit && props.profile.in_queue && (
        <>
          <div className="button-row" role="group" aria-label="Change status">
            {NEXT_STATUSES[review.status]
              .filter((s) => s !== 'discarded')
              .map((s) => (
                <button key={s} type="button" disabled={busy} onClick={() => void send({ status: s })}>
                  {STATUS_LABELS[s]}
                </button>
              ))}
          </div>
          {NEXT_STATUSES[review.status].includes('discarded') && (
            <form
              className="stack"
              onSubmit={(e) => {
                e.preventDefault();
                void send({ status: 'discarded', reason }).then((r) => r !== null && setReason(''));
              }}
            >
              <label>
                Discard reason
                <input
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder="required to discard"
                />
              </label>
              <button type="submit" disabled={busy || reason.trim().length < 3}>
                Discard
              </button>
            </form>
          )}
          <label className="stack">
            Assignee
            <select
              value={review.assignee ?? ''}
              disabled={busy}
              onChange={(e) => void send({ assignee: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">unassigned</option>
              {props.assignees.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </label>
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              void send({
                tags: tags
                  .split(',')
                  .map((t) => t.trim())
                  .filter((t) => t !== ''),
              });
            }}
          >
            <label>
              Tags
              <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="comma-separated" />
            </label>
            <button type="submit" disabled={busy}>
              Save tags
            </button>
          </form>
        </>
      )}
      <h3>Comments</h3>
      {comments.length === 0 && <p className="muted small">No comments yet.</p>}
      <ol className="comments">
        {comments.map((c) => (
          <li key={c.id}>
            <span className="muted small">
              {c.author} · {utc(c.at)}
            </span>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      {props.profile.in_queue && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ comment }).then((r) => r !== null && setComment(''));
          }}
        >
          <label>
            Add a comment
            <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <button type="submit" disabled={busy || comment.trim() === ''}>
            Comment
          </button>
        </form>
      )}
      {history.length > 0 && (
        <>
          <h3>Status history</h3>
          <ol className="plain-list small">
            {history.map((h) => (
              <li key={h.id}>
                {STATUS_LABELS[h.from_status]} → {STATUS_LABELS[h.to_status]} by {h.user}, {utc(h.at)}
                {h.reason !== null && ` (${h.reason})`}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
