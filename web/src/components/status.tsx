import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

/** How a page says it is loading, or why it cannot show something. */
export function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}

export function Problem(props: { error: Error; children?: ReactNode }) {
  const refused = props.error instanceof ApiError && props.error.status === 403;
  return (
    <div className={refused ? 'notice notice-refused' : 'notice notice-error'} role="alert">
      <strong>{refused ? 'Not available to your role' : 'Something went wrong'}</strong>
      <p>{props.error.message}</p>
      {props.children}
    </div>
  );
}
