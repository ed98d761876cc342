import { useState } from 'react';
import { api } from '../api/client.ts';
import type { AuditEntry, ChainCheck } from '../api/types.ts';
import { Loading, Problem } from '../components/status.tsx';
import { utcSeconds } from '../format.ts';
import { useApi } from '../use-api.ts';

/** The audit log, newest first, for admins; and a check of its hash chain. */
export function AuditPage() {
  const [filter, setFilter] = useState({ user: '', action: '' });
  const [applied, setApplied] = useState(filter);
  const [before, setBefore] = useState<number | undefined>(undefined);
  const [check, setCheck] = useState<ChainCheck | Error | null>(null);
  const key = JSON.stringify([applied, before]);
  const entries = useApi(key, () =>
    api.get<{ entries: AuditEntry[] }>('/api/audit', { ...applied, before, limit: 100 }),
  );
  const verify = async (): Promise<void> => {
    setCheck(null);
    try {
      setCheck(await api.get<ChainCheck>('/api/audit/verify'));
    } catch (e) {
      setCheck(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const last = entries.state === 'ok' ? entries.data.entries.at(-1) : undefined;
  return (
    <section className="page">
      <header className="page-head">
        <h1>Audit log</h1>
        <p className="muted">
          Append-only and hash-chained: every view, search, reveal, export and decision.
        </p>
      </header>
      <div className="toolbar">
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setBefore(undefined);
            setApplied(filter);
          }}
        >
          <label>
            User
            <input value={filter.user} onChange={(e) => setFilter({ ...filter, user: e.target.value })} />
          </label>
          <label>
            Action
            <input
              value={filter.action}
              placeholder="search, message.view, login…"
              onChange={(e) => setFilter({ ...filter, action: e.target.value })}
            />
          </label>
          <button type="submit">Filter</button>
        </form>
        <button type="button" className="button-primary" onClick={() => void verify()}>
          Verify chain
        </button>
      </div>
      {check !== null &&
        (check instanceof Error ? (
          <Problem error={check} />
        ) : check.ok ? (
          <div className="notice notice-ok" role="status">
            <strong>The chain is intact.</strong> {check.entries} entries; head {check.head.slice(0, 16)}…
          </div>
        ) : (
          <div className="notice notice-error" role="alert">
            <strong>The chain is broken at entry {check.broken_at}.</strong> {check.reason}
          </div>
        ))}
      {entries.state === 'loading' && <Loading />}
      {entries.state === 'error' && <Problem error={entries.error} />}
      {entries.state === 'ok' && (
        <>
          <table className="table audit-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Time</th>
                <th scope="col">User</th>
                <th scope="col">Action</th>
                <th scope="col">Object</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.entries.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{utcSeconds(e.time)}</td>
                  <td>{e.user}</td>
                  <td>
                    <span className={`tag tag-${e.action.split('.')[0]}`}>{e.action}</span>
                  </td>
                  <td className="mono">{e.object}</td>
                  <td className="mono details" title={e.details}>
                    {e.details}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Audit pages">
            <button type="button" disabled={before === undefined} onClick={() => setBefore(undefined)}>
              Newest
            </button>
            <button
              type="button"
              disabled={last === undefined || last.seq <= 1}
              onClick={() => setBefore(last?.seq)}
            >
              Older →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
