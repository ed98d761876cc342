/** Talks to the workbench API: same origin, session cookie, CSRF header on every state change. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function csrfToken(): string {
  const m = /(?:^|;\s*)vigil_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] === undefined ? '' : decodeURIComponent(m[1]);
}

/** Called when any request finds the session gone, so the app can show the login page. */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(fn: () => void): void {
  onSignedOut = fn;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['x-csrf-token'] = csrfToken();
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    if (res.status === 401 && !path.startsWith('/api/auth/')) onSignedOut();
    throw new ApiError(
      res.status,
      err?.code ?? 'error',
      err?.message ?? `The server answered ${res.status}.`,
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, params?: Record<string, string | number | undefined>): Promise<T> => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, String(v));
    const qs = q.toString();
    return request<T>('GET', qs === '' ? path : `${path}?${qs}`);
  },
  post: <T>(path: string, body?: unknown): Promise<T> => request<T>('POST', path, body),
};

/** Makes sure the browser holds a CSRF cookie before the first state change (the login). */
export async function primeCsrf(): Promise<void> {
  if (csrfToken() === '') await fetch('/api/health', { credentials: 'same-origin' });
}
