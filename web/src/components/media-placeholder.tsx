import { useState } from 'react';
import { api, ApiError } from '../api/client.ts';

/**
 * Media are never shown by default: a blurred grey box names the file; "Reveal" asks the server,
 * which logs the reveal before it answers.
 */
export function MediaPlaceholder(props: { platform: string; messageId: string; attachment: string }) {
  const [state, setState] = useState<{ busy: boolean; note: string | null }>({ busy: false, note: null });
  const reveal = async (): Promise<void> => {
    setState({ busy: true, note: null });
    try {
      await api.post('/api/media/reveal', {
        platform: props.platform,
        message_id: props.messageId,
        attachment: props.attachment,
      });
      setState({ busy: false, note: null });
    } catch (e) {
      setState({ busy: false, note: e instanceof ApiError ? e.message : 'The reveal failed.' });
    }
  };
  return (
    <figure className="media-placeholder" aria-label={`Withheld media: ${props.attachment}`}>
      <div className="media-blur" aria-hidden="true" />
      <figcaption>
        <span className="media-name">{props.attachment}</span>
        <button type="button" className="button-small" disabled={state.busy} onClick={() => void reveal()}>
          {state.busy ? 'Revealing…' : 'Reveal (logged)'}
        </button>
        {state.note !== null && (
          <span className="media-note" role="status">
            {state.note}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
