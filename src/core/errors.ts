/**
 * One error type for mistakes a user can fix (bad arguments, missing files, unreadable input).
 * The CLI prints its message as one sentence; the HTTP layer maps `status` to a response.
 * Anything else that throws is an infrastructure failure and keeps its stack.
 */
export class VigilError extends Error {
  override readonly name = 'VigilError';
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 = 400,
    readonly code = 'bad_request',
  ) {
    super(message);
  }
}

export function isVigilError(e: unknown): e is VigilError {
  return e instanceof VigilError;
}

/** The message of any thrown value, for reports that must say what went wrong in one line. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
