import { useState } from 'react';
import { ApiError } from '../api/client.ts';

/** What to reveal: one media item by content, or a message's attachment. */
export type RevealTarget =
  | { readonly sha256: string }
  | { readonly platform: string; readonly messageId: string; readonly attachment: string };

function csrfToken(): string {
  const m = /(?:^|;\s*)vigil_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] === undefined ? '' : decodeURIComponent(m[1]);
}

/** Asks the server for the bytes (it checks need-to-know and logs the reveal first); a data: URL back. */
async function reveal(target: RevealTarget): Promise<{ url: string; mime: string }> {
  const body =
    'sha256' in target
      ? { sha256: target.sha256 }
      : { platform: target.platform, message_id: target.messageId, attachment: target.attachment };
  const res = await fetch('/api/media/reveal', {
    method: 'POST',
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const err = (
      (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null
    )?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'error',
      err?.message ?? `The server answered ${res.status}.`,
    );
  }
  const blob = await res.blob();
  const url = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === 'string' ? r.result : '');
    r.onerror = () => reject(new Error('The media could not be read.'));
    r.readAsDataURL(blob);
  });
  return { url, mime: blob.type };
}

/**
 * Media are never shown by default: a blurred grey box names the item; "Reveal" is an explicit,
 * logged request. A revealed picture is shown in greyscale first; colour is a second click.
 * Nothing is kept: closing it (or leaving the page) drops the bytes.
 */
export function MediaPlaceholder(props: { target: RevealTarget; label: string; children?: React.ReactNode }) {
  const [state, setState] = useState<{ busy: boolean; note: string | null }>({ busy: false, note: null });
  const [shown, setShown] = useState<{ url: string; mime: string; colour: boolean } | null>(null);
  const doReveal = async (): Promise<void> => {
    setState({ busy: true, note: null });
    try {
      const r = await reveal(props.target);
      setShown({ ...r, colour: false });
      setState({ busy: false, note: null });
    } catch (e) {
      setState({ busy: false, note: e instanceof ApiError ? e.message : 'The reveal failed.' });
    }
  };
  return (
    <figure className="media-placeholder" aria-label={`Withheld media: ${props.label}`}>
      {shown !== null && shown.mime.startsWith('image/') ? (
        <img
          className={shown.colour ? 'media-revealed' : 'media-revealed media-grey'}
          src={shown.url}
          alt={`Revealed media ${props.label}`}
        />
      ) : (
        <div className="media-blur" aria-hidden="true" />
      )}
      <figcaption>
        <span className="media-name">{props.label}</span>
        {props.children}
        {shown === null ? (
          <button
            type="button"
            className="button-small"
            disabled={state.busy}
            onClick={() => void doReveal()}
          >
            {state.busy ? 'Revealing…' : 'Reveal (logged)'}
          </button>
        ) : (
          <span className="media-actions">
            {shown.mime.startsWith('image/') ? (
              !shown.colour && (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => setShown({ ...shown, colour: true })}
                >
                  Show colour
                </button>
              )
            ) : (
              <span className="media-note">
                Revealed ({shown.mime}); videos are not played in the workbench.
              </span>
            )}
            <button type="button" className="button-small" onClick={() => setShown(null)}>
              Hide
            </button>
          </span>
        )}
        {state.note !== null && (
          <span className="media-note" role="status">
            {state.note}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
