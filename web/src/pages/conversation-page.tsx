import { useEffect, useMemo, useRef } from 'react';
import { api } from '../api/client.ts';
import type { Thread } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { MarkedText } from '../components/marked-text.tsx';
import { MediaPlaceholder } from '../components/media-placeholder.tsx';
import { queryTerms, termSpans } from '../components/query-terms.ts';
import { Loading, Problem } from '../components/status.tsx';
import { utc } from '../format.ts';
import { remember } from '../recent.ts';
import { useApi } from '../use-api.ts';

const AROUND = 20;

/** The thread around one message: the message in the middle, marked; identifiers highlighted. */
export function ConversationPage(props: { platform: string; messageId: string; query: string }) {
  const terms = useMemo(() => queryTerms(props.query), [props.query]);
  const key = `${props.platform}/${props.messageId}`;
  const thread = useApi(key, () =>
    api.get<Thread>(
      `/api/messages/${encodeURIComponent(props.platform)}/${encodeURIComponent(props.messageId)}/conversation`,
      { around: AROUND },
    ),
  );
  const anchor = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (thread.state !== 'ok') return;
    anchor.current?.scrollIntoView({ block: 'center' });
    remember({
      platform: props.platform,
      messageId: props.messageId,
      conversation: thread.data.conversation_id,
    });
  }, [thread, props.platform, props.messageId]);

  const participants =
    thread.state === 'ok'
      ? [...new Set(thread.data.messages.flatMap((m) => [m.sender, ...m.recipients]))]
      : [];

  return (
    <section className="page">
      <header className="page-head">
        <p className="crumbs">
          <Link to="/conversations">Conversations</Link> / {props.platform}
        </p>
        <h1>Conversation around {props.messageId}</h1>
        {thread.state === 'ok' && (
          <p className="muted">
            {thread.data.conversation_id} · {participants.join(', ')} · {thread.data.messages.length} messages
            shown
          </p>
        )}
        {thread.state === 'ok' && (
          <p className="legend-marks" aria-label="Highlight legend">
            {terms.length > 0 && <mark className="mark-hit">search: {props.query}</mark>}
            <mark className="mark-email">e-mail</mark> <mark className="mark-phone">phone</mark>{' '}
            <mark className="mark-reference">transfer reference</mark>
          </p>
        )}
      </header>
      {thread.state === 'loading' && <Loading />}
      {thread.state === 'error' && <Problem error={thread.error} />}
      {thread.state === 'ok' && (
        <>
          {thread.data.more_before && (
            <p className="muted thread-edge">Earlier messages in this conversation are not shown.</p>
          )}
          <ol className="thread">
            {thread.data.messages.map((m) => {
              const isAnchor = m.message_id === thread.data.anchor;
              const outgoing = participants[0] !== undefined && m.sender === participants[0];
              return (
                <li
                  key={m.message_id}
                  ref={isAnchor ? anchor : undefined}
                  className={`message${isAnchor ? ' message-anchor' : ''}${outgoing ? ' message-out' : ''}`}
                  aria-current={isAnchor ? 'true' : undefined}
                  tabIndex={isAnchor ? 0 : -1}
                >
                  <div className="message-meta">
                    <strong>{m.sender}</strong>
                    <time dateTime={m.sent_at}>{utc(m.sent_at)}</time>
                    <span className="muted source" title={`source file SHA-256 ${m.source.file_sha256}`}>
                      {m.message_id} · line {m.source.line}
                    </span>
                  </div>
                  {m.body !== '' && (
                    <p className="message-body">
                      <MarkedText text={m.body} hits={termSpans(terms, m.body)} />
                    </p>
                  )}
                  {m.attachments.map((a) => (
                    <MediaPlaceholder
                      key={a}
                      target={{ platform: m.platform, messageId: m.message_id, attachment: a }}
                      label={a}
                    />
                  ))}
                </li>
              );
            })}
          </ol>
          {thread.data.more_after && (
            <p className="muted thread-edge">Later messages in this conversation are not shown.</p>
          )}
        </>
      )}
    </section>
  );
}
