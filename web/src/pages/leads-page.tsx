import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { STATUSES, STATUS_LABELS, type LeadPage, type LeadRow } from '../api/lead-types.ts';
import type { Me } from '../api/types.ts';
import { rowKeys } from '../components/row-keys.ts';
import { Loading, Problem } from '../components/status.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { count } from '../format.ts';
import { useLiveEvents, type LiveEvent } from '../live-events.ts';
import { navigate, type Location } from '../router.ts';
import { useApi } from '../use-api.ts';

const PAGE = 50;
const FILTERS = ['country', 'status', 'assignee', 'urgent', 'leads', 'q', 'sort', 'dir', 'offset'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const COLUMNS: readonly { key: string; label: string; sort?: string; num?: boolean }[] = [
  { key: 'rank', label: 'Rank', sort: 'rank', num: true },
  { key: 'name', label: 'Person', sort: 'name' },
  { key: 'score', label: 'Score', sort: 'score', num: true },
  { key: 'country', label: 'Country', sort: 'country' },
  { key: 'status', label: 'Status', sort: 'status' },
  { key: 'assignee', label: 'Assignee', sort: 'assignee' },
  { key: 'act', label: '' },
];

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function readFilters(q: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTERS) {
    const v = q.get(k);
    if (v !== null && v !== '') f[k] = v;
  }
  return f;
}

/** The lead queue: every scored person in scope, filtered, sorted, paged; arrows and Enter work. */
export function LeadsPage(props: { me: Me; location: Location }) {
  const filters = readFilters(props.location.query);
  const [tick, setTick] = useState(0);
  const [notice, setNotice] = useState<Error | null>(null);
  const set = (change: Filters): void => {
    const next: Filters = { ...filters, offset: undefined, ...change };
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '') q.set(k, v);
    navigate(`/leads${q.size === 0 ? '' : `?${q.toString()}`}`, true);
  };
  const loaded = useApi(JSON.stringify([filters, tick]), () =>
    api.get<LeadPage>('/api/leads', { ...filters, limit: PAGE }),
  );
  // A live refresh keeps the rows (and the keyboard focus) until the new page arrives.
  const last = useRef<{ key: string; data: LeadPage } | null>(null);
  const filterKey = JSON.stringify(filters);
  if (loaded.state === 'ok') last.current = { key: filterKey, data: loaded.data };
  const page =
    loaded.state === 'loading' && last.current?.key === filterKey
      ? { state: 'ok' as const, data: last.current.data }
      : loaded;
  const onEvent = useCallback((e: LiveEvent) => {
    if (e.type === 'lead.updated') setTick((t) => t + 1);
  }, []);
  useLiveEvents(onEvent);
  const staff = props.me.role !== 'liaison';
  // Keyboard users land on the first row, ready for ↑ ↓ and Enter (unless focus is elsewhere).
  const rowsShown = page.state === 'ok' && page.data.rows.length > 0;
  useEffect(() => {
    if (rowsShown && document.activeElement === document.body)
      document.querySelector<HTMLTableRowElement>('tr.lead-row')?.focus();
  }, [rowsShown]);

  const take = async (row: LeadRow): Promise<void> => {
    setNotice(null);
    try {
      await api.post(`/api/leads/${row.person_id}/review`, {
        version: row.version,
        assignee: props.me.username,
      });
    } catch (e) {
      setNotice(e instanceof ApiError ? e : new Error(String(e)));
    }
    setTick((t) => t + 1);
  };
  const sortBy = (key: string): void => {
    const same = (filters.sort ?? 'rank') === key;
    set({ sort: key, dir: same ? (filters.dir === 'desc' ? 'asc' : 'desc') : undefined });
  };
  const offset = Number(filters.offset ?? 0);

  return (
    <section className="page">
      <header className="page-head">
        <h1>Leads</h1>
        <p className="muted">
          Every scored person{staff ? '' : ` attributed to ${props.me.countries.join(', ')}`}, highest rank
          first. ↑ ↓ move between rows, Enter opens.
        </p>
      </header>
      <form
        className="inline-form filters-bar"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Filter leads"
      >
        <label>
          Find
          <input
            type="search"
            defaultValue={filters.q ?? ''}
            placeholder="name or person id"
            onKeyDown={(e) => {
              if (e.key === 'Enter') set({ q: e.currentTarget.value });
            }}
          />
        </label>
        <label>
          Country
          <select value={filters.country ?? ''} onChange={(e) => set({ country: e.target.value })}>
            <option value="">all</option>
            {(page.state === 'ok' ? page.data.countries : []).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filters.status ?? ''} onChange={(e) => set({ status: e.target.value })}>
            <option value="">all</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select value={filters.assignee ?? ''} onChange={(e) => set({ assignee: e.target.value })}>
            <option value="">anyone</option>
            <option value="-">unassigned</option>
            <option value={props.me.username}>me</option>
            {(page.state === 'ok' ? page.data.assignees : [])
              .filter((a) => a !== props.me.username)
              .map((a) => (
                <option key={a}>{a}</option>
              ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.urgent === 'true'}
            onChange={(e) => set({ urgent: e.target.checked ? 'true' : undefined })}
          />
          Urgent only
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.leads === 'true'}
            onChange={(e) => set({ leads: e.target.checked ? 'true' : undefined })}
          />
          Meets the lead rule
        </label>
      </form>
      {notice !== null && <Problem error={notice} />}
      {page.state === 'loading' && <Loading />}
      {page.state === 'error' && <Problem error={page.error} />}
      {page.state === 'ok' && (
        <>
          <p className="result-summary">
            {count(page.data.total)} {page.data.total === 1 ? 'person' : 'persons'}
            {page.data.total > PAGE && ` · ${offset + 1}–${Math.min(offset + PAGE, page.data.total)}`}
          </p>
          <table className="table lead-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.num === true ? 'num' : undefined}
                    aria-sort={
                      c.sort !== undefined && (filters.sort ?? 'rank') === c.sort
                        ? filters.dir === 'desc' || (filters.dir === undefined && c.sort === 'score')
                          ? 'descending'
                          : 'ascending'
                        : undefined
                    }
                  >
                    {c.sort === undefined ? (
                      c.label
                    ) : (
                      <button type="button" className="th-sort" onClick={() => sortBy(c.sort!)}>
                        {c.label}
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.data.rows.map((r) => (
                <tr
                  key={r.person_id}
                  tabIndex={0}
                  className="lead-row"
                  data-person={r.person_id}
                  onKeyDown={rowKeys(() => navigate(`/leads/${r.person_id}`))}
                  onDoubleClick={() => navigate(`/leads/${r.person_id}`)}
                >
                  <td className="num">{r.rank ?? '—'}</td>
                  <td>
                    <a
                      href={`/leads/${r.person_id}`}
                      tabIndex={-1}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/leads/${r.person_id}`);
                      }}
                    >
                      {r.name ?? r.person_id}
                    </a>
                    {r.urgent && <span className="tag tag-urgent">urgent</span>}
                    {r.lead && <span className="tag tag-lead">lead</span>}
                    {r.tags.map((t) => (
                      <span key={t} className="tag">
                        {t}
                      </span>
                    ))}
                    <div className="muted small">
                      {plural(r.accounts, 'account')} · {plural(r.transfers, 'transfer')} · {r.person_id}
                    </div>
                  </td>
                  <td className="num">{r.score.toFixed(1)}</td>
                  <td>
                    {r.country ?? '—'}
                    {r.country !== null && (
                      <span className="muted small"> {Math.round(r.country_confidence * 100)}%</span>
                    )}
                  </td>
                  <td>
                    <StatusTag status={r.status} />
                  </td>
                  <td>{r.assignee ?? <span className="muted">—</span>}</td>
                  <td>
                    {staff && r.assignee === null && (
                      <button type="button" className="button-small" onClick={() => void take(r)}>
                        Take
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Lead pages">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => set({ offset: String(Math.max(0, offset - PAGE)) })}
            >
              ← Previous
            </button>
            <button
              type="button"
              disabled={offset + PAGE >= page.data.total}
              onClick={() => set({ offset: String(offset + PAGE) })}
            >
              Next →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
