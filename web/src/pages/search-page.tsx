import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api } from '../api/client.ts';
import type { SearchResponse } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { MarkedText } from '../components/marked-text.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { count, utc } from '../format.ts';
import { navigate, type Location } from '../router.ts';
import { useApi } from '../use-api.ts';

const FIELDS = ['q', 'platform', 'account', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
const PAGE = 50;

/** ↓/↑ (or j/k) move between hits' "Open conversation" links; Enter opens one. */
function moveBetweenHits(e: KeyboardEvent<HTMLOListElement>): void {
  const step = e.key === 'ArrowDown' || e.key === 'j' ? 1 : e.key === 'ArrowUp' || e.key === 'k' ? -1 : 0;
  if (step === 0) return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a.open-hit')];
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[Math.min(links.length - 1, Math.max(0, i + step))];
  if (next === undefined) return;
  e.preventDefault();
  next.focus();
}

/** The query lives in the address, so a search can be bookmarked, shared and gone back to. */
export function SearchPage(props: { location: Location }) {
  const params = props.location.query;
  const current = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ''])) as Record<Field, string>;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [form, setForm] = useState(current);
  const address = params.toString();
  useEffect(() => {
    setForm(
      Object.fromEntries(FIELDS.map((f) => [f, new URLSearchParams(address).get(f) ?? ''])) as Record<
        Field,
        string
      >,
    );
  }, [address]);
  const key = current.q === '' ? null : params.toString();
  const result = useApi(key, () =>
    api.get<SearchResponse>('/api/search', { ...current, limit: PAGE, offset }),
  );

  const go = (next: Record<Field, string>, nextOffset = 0): void => {
    const q = new URLSearchParams();
    for (const f of FIELDS) if (next[f].trim() !== '') q.set(f, next[f].trim());
    if (nextOffset > 0) q.set('offset', String(nextOffset));
    navigate(`/search?${q.toString()}`);
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    go(form);
  };
  const field = (f: Field) => ({
    name: f,
    value: form[f],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [f]: e.target.value }),
  });

  return (
    <section className="page">
      <header className="page-head">
        <h1>Search</h1>
        <p className="muted">
          Words, "phrases", AND / OR / NOT, prefix*. A phone number or e-mail is matched as written. Keys: /
          to search, ↓ ↑ between results, Enter to open.
        </p>
      </header>
      <form className="search-form" role="search" onSubmit={submit}>
        <div className="search-row">
          <label className="visually-hidden" htmlFor="search-input">
            Search messages
          </label>
          <input id="search-input" type="search" placeholder="Search messages" autoFocus {...field('q')} />
          <button type="submit" className="button-primary">
            Search
          </button>
        </div>
        <fieldset className="filters">
          <legend className="visually-hidden">Filters</legend>
          <label>
            Platform
            <input placeholder="any" {...field('platform')} />
          </label>
          <label>
            Account
            <input placeholder="any handle" {...field('account')} />
          </label>
          <label>
            From
            <input type="date" {...field('from')} />
          </label>
          <label>
            To
            <input type="date" {...field('to')} />
          </label>
        </fieldset>
      </form>
      {key === null && <p className="muted">Type a word to search every message in the case.</p>}
      {key !== null && result.state === 'loading' && <Loading />}
      {key !== null && result.state === 'error' && <Problem error={result.error} />}
      {key !== null && result.state === 'ok' && (
        <>
          <p className="result-summary" role="status">
            {result.data.total_is_lower_bound ? 'At least ' : ''}
            {count(result.data.total)} {result.data.total === 1 ? 'message matches' : 'messages match'}
            {result.data.total > 0 && ORDER_TEXT[result.data.order]}
          </p>
          <ol className="hits" start={offset + 1} onKeyDown={moveBetweenHits}>
            {result.data.hits.map((h) => (
              <li key={`${h.platform}:${h.message_id}`} className="hit">
                <div className="hit-meta">
                  <span className="tag">{h.platform}</span>
                  <span>
                    <strong>{h.sender}</strong> → {h.recipients.join(', ')}
                  </span>
                  <time dateTime={h.sent_at}>{utc(h.sent_at)}</time>
                </div>
                <p className="hit-body">
                  <MarkedText text={h.body} hits={h.highlights} />
                </p>
                <div className="hit-foot">
                  <Link
                    className="open-hit"
                    to={`/conversations/${encodeURIComponent(h.platform)}/${encodeURIComponent(h.message_id)}?q=${encodeURIComponent(current.q)}`}
                  >
                    Open conversation
                  </Link>
                  <span className="muted source" title={`source file SHA-256 ${h.source.file_sha256}`}>
                    {h.message_id} · line {h.source.line} of {h.source.file_sha256.slice(0, 12)}…
                  </span>
                </div>
              </li>
            ))}
          </ol>
          {(offset > 0 || offset + PAGE < result.data.total) && (
            <nav className="pager" aria-label="Result pages">
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => go(current, Math.max(0, offset - PAGE))}
              >
                ← Previous
              </button>
              <span className="muted">
                {offset + 1}–{offset + result.data.hits.length}
              </span>
              <button
                type="button"
                disabled={offset + PAGE >= result.data.total}
                onClick={() => go(current, offset + PAGE)}
              >
                Next →
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

const ORDER_TEXT: Record<SearchResponse['order'], string> = {
  relevance: ', best matches first.',
  newest: ', newest first.',
  latest_stored: ', too many to sort by time: most recently ingested first.',
};
