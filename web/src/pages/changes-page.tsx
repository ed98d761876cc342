import type {
  ChangedPerson,
  ChangeList,
  EvidenceDelta,
  ReviewState,
} from '../../../src/core/change-types.ts';
import { api } from '../api/client.ts';
import { Link } from '../components/link.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { utc } from '../format.ts';
import { navigate, type Location } from '../router.ts';
import { useApi } from '../use-api.ts';

/** GET /api/changes/runs (src/server/changes.service.ts). */
interface ChangeRuns {
  readonly runs: readonly { id: number; started_at: number; status: string; comparable: boolean }[];
  readonly analyses: number;
}

function PersonLink(props: { p: ChangedPerson | null }) {
  if (props.p === null) return <span className="muted">–</span>;
  return (
    <Link to={`/persons/${encodeURIComponent(props.p.person_id)}`}>
      {props.p.name ?? props.p.accounts[0] ?? props.p.person_id}
    </Link>
  );
}

function Review(props: { r: ReviewState | null }) {
  if (props.r === null) return <span className="muted">not reviewed</span>;
  return (
    <span>
      <span className="tag">{props.r.status.replace('_', ' ')}</span>
      {props.r.assignee !== null && ` ${props.r.assignee}`}
      {props.r.under_previous_id && <span className="small muted"> (filed under {props.r.person_id})</span>}
    </span>
  );
}

function added(a: EvidenceDelta): string {
  return (
    [
      [a.messages, 'messages'],
      [a.transfers, 'transfers'],
      [a.ip_events, 'IP events'],
      [a.locations, 'locations'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, what]) => `+${n} ${what}`)
    .join(', ');
}

const LIMIT = 100;

function Changes(props: { c: ChangeList }) {
  const { c } = props;
  const n = c.counts;
  return (
    <>
      <div className="cards">
        {(
          [
            ['Leads appeared', n.leads_appeared],
            ['Leads moved', n.leads_moved],
            ['Leads dropped out', n.leads_dropped],
            ['New persons', n.new_persons],
            ['New evidence', n.new_evidence],
            ['New networks', n.new_networks ?? '–'],
          ] as const
        ).map(([label, v]) => (
          <div key={label} className="card">
            <span className="card-label">{label}</span>
            <span className="card-value">{v}</span>
          </div>
        ))}
      </div>
      <p className="small muted">
        Analysis {c.baseline.snapshot} ({utc(c.baseline.taken_at)}), the last before ingest run {c.since_run},
        compared with analysis {c.current.snapshot} ({utc(c.current.taken_at)}).
      </p>
      <section className="panel" aria-labelledby="leads-title">
        <h2 id="leads-title">Leads</h2>
        {c.leads.length === 0 ? (
          <p className="muted">No lead appeared, dropped out or moved.</p>
        ) : (
          <table className="table table-compact change-leads">
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Person</th>
                <th scope="col">Score</th>
                <th scope="col">Country</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {c.leads.slice(0, LIMIT).map((l) => (
                <tr key={`${l.kind}:${(l.person ?? l.previous)!.person_id}`}>
                  <td>
                    <span className={l.kind === 'dropped' ? 'tag' : 'tag tag-lead'}>{l.kind}</span>
                    {l.merged_into !== null && <span className="small"> merged into {l.merged_into}</span>}
                  </td>
                  <td>
                    <PersonLink p={l.person ?? l.previous} />
                  </td>
                  <td>
                    {l.previous?.score ?? '–'} → {l.person?.score ?? '–'}
                  </td>
                  <td>
                    {l.previous?.country ?? '–'} → {l.person?.country ?? '–'}
                  </td>
                  <td>
                    <Review r={l.review} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="panels">
        <section className="panel" aria-labelledby="new-title">
          <h2 id="new-title">New persons ({c.new_persons.length})</h2>
          <ul className="change-new">
            {c.new_persons.slice(0, LIMIT).map(({ person: p }) => (
              <li key={p.person_id}>
                <PersonLink p={p} /> {p.role} {p.country ?? ''}{' '}
                {p.lead && <span className="tag tag-lead">lead</span>}
              </li>
            ))}
          </ul>
          {c.split_off.length > 0 && (
            <>
              <h3>Split off a known person ({c.split_off.length})</h3>
              <ul>
                {c.split_off.slice(0, LIMIT).map(({ person: p, split_from }) => (
                  <li key={p.person_id}>
                    <PersonLink p={p} /> <span className="small muted">split from {split_from}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="evidence-title">
          <h2 id="evidence-title">Known persons with new evidence ({c.new_evidence.length})</h2>
          <ul className="change-evidence">
            {c.new_evidence.slice(0, LIMIT).map((e) => (
              <li key={e.person.person_id}>
                <PersonLink p={e.person} /> <span className="small">{added(e.added)}</span>
                {e.merged_from.length > 0 && (
                  <span className="small muted"> · merged with {e.merged_from.join(', ')}</span>
                )}
                {e.accounts_added.length > 0 && (
                  <span className="small"> · new accounts {e.accounts_added.join(', ')}</span>
                )}{' '}
                {e.review !== null && <Review r={e.review} />}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {c.networks !== null && (
        <section className="panel" aria-labelledby="networks-title">
          <h2 id="networks-title">Networks</h2>
          {c.networks.length === 0 ? (
            <p className="muted">No network is new, grew or is gone.</p>
          ) : (
            <ul>
              {c.networks.map((x) => (
                <li key={`${x.kind}:${x.network_id}`}>
                  <span className="tag">{x.kind}</span>{' '}
                  <Link to={`/networks/${encodeURIComponent(x.network_id)}`}>{x.label ?? x.network_id}</Link>{' '}
                  {x.members_added.length > 0 && (
                    <span className="small">+{x.members_added.length} members</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

/** What the latest analysis changed since an ingest run ("the next seizure"): vigil diff in the app. */
export function ChangesPage(props: { location: Location }) {
  const since = props.location.query.get('since') ?? '';
  const runs = useApi('change-runs', () => api.get<ChangeRuns>('/api/changes/runs'));
  const changes = useApi(`changes:${since}`, () =>
    api.get<ChangeList>(`/api/changes${since === '' ? '' : `?since=${encodeURIComponent(since)}`}`),
  );
  return (
    <section className="page">
      <header className="page-head">
        <h1>Changes</h1>
        <p className="muted">
          What a new seizure changed once ingested and analysed: new persons, known persons with new evidence,
          leads that appeared, dropped out or moved, and new networks. Reviews are kept.
        </p>
      </header>
      {runs.state === 'ok' && runs.data.runs.length > 0 && (
        <label className="inline-form">
          Since ingest run{' '}
          <select
            value={since}
            onChange={(e) => navigate(`/changes${e.target.value === '' ? '' : `?since=${e.target.value}`}`)}
          >
            <option value="">the newest</option>
            {runs.data.runs.map((r) => (
              <option key={r.id} value={String(r.id)} disabled={!r.comparable}>
                #{r.id} · {utc(r.started_at)}
                {r.comparable ? '' : ' (nothing to compare)'}
              </option>
            ))}
          </select>
        </label>
      )}
      {changes.state === 'loading' && <Loading />}
      {changes.state === 'error' && <Problem error={changes.error} />}
      {changes.state === 'ok' && <Changes c={changes.data} />}
    </section>
  );
}
