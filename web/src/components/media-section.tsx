import type { ProfileMedia } from '../../../src/core/media-types.ts';
import { api } from '../api/client.ts';
import { utc } from '../format.ts';
import { useApi } from '../use-api.ts';
import { MediaPlaceholder } from './media-placeholder.tsx';
import { Loading, Problem } from './status.tsx';

/** The media linked to a person's accounts, each withheld behind a placeholder with its digests. */
export function MediaSection(props: { personId: string }) {
  const url = `/api/persons/${encodeURIComponent(props.personId)}/media`;
  const media = useApi(url, () => api.get<{ media: ProfileMedia[]; total: number }>(url));
  if (media.state === 'error') return <Problem error={media.error} />;
  if (media.state === 'loading') return <Loading />;
  const { media: items, total } = media.data;
  const listed = items.filter((m) => m.categories.length > 0).length;
  return (
    <>
      <h2>
        Media ({total}
        {total > items.length ? `, first ${items.length}` : ''}; {listed} on known lists)
      </h2>
      {items.length === 0 && <p className="muted">No media is linked to this person’s accounts.</p>}
      <ul className="plain-list media-list">
        {items.map((m) => (
          <li key={`${m.sha256}:${m.direction}:${m.account}:${m.message_id ?? ''}`}>
            <MediaPlaceholder target={{ sha256: m.sha256 }} label={`sha256 ${m.sha256.slice(0, 16)}…`}>
              <span className="small">
                {m.direction === 'received' ? 'received by' : 'sent by'} {m.account}
                {m.counterpart !== '' &&
                  (m.direction === 'received' ? ` from ${m.counterpart}` : ` to ${m.counterpart}`)}
                {m.sent_at !== null && `, ${utc(m.sent_at)}`}
                {m.via === 'attachment' && m.message_id !== null && ` (message ${m.message_id})`}
              </span>
              <span className="small">
                {m.categories.length > 0 ? (
                  <strong>
                    {m.categories.join(', ')} ({m.matched_by.join(', ')})
                  </strong>
                ) : (
                  <span className="muted">on no list{m.known_good ? ' (known-good)' : ''}</span>
                )}
                {m.stack_id !== null && (
                  <span className="muted"> · near-duplicate stack {m.stack_id.slice(0, 8)}</span>
                )}
              </span>
              <span className="small muted">
                {m.kind ?? 'unknown'} {m.mime ?? ''}
                {m.width !== null && m.height !== null && ` ${m.width}×${m.height}`}
                {m.error !== null && ` · not decoded: ${m.error}`}
              </span>
              {m.exif !== null && <span className="small muted">EXIF: {m.exif}</span>}
              <span className="mono small muted">sha256 {m.sha256}</span>
              {m.pdq !== null && <span className="mono small muted">pdq {m.pdq}</span>}
            </MediaPlaceholder>
          </li>
        ))}
      </ul>
    </>
  );
}
