import { useState, type FormEvent } from 'react';
import { api, ApiError, primeCsrf } from '../api/client.ts';
import type { Me } from '../api/types.ts';

export function LoginPage(props: { onSignedIn: (me: Me) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await primeCsrf();
      const r = await api.post<{ user: Me }>('/api/auth/login', { username, password });
      props.onSignedIn(r.user);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The server cannot be reached.');
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <form className="login-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <div className="brand brand-large">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <h1 id="login-title">Vigil</h1>
        </div>
        <p className="muted">Case workbench. Every view and search is recorded in the audit log.</p>
        <label>
          Username
          <input
            name="username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error !== null && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
