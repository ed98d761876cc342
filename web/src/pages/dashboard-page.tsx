import { api } from '../api/client.ts';
import type { Me, StatsResponse } from '../api/types.ts';
import { LeadProgress } from '../components/lead-progress.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { WorldMap } from '../components/world-map.tsx';
import { count, day, utc } from '../format.ts';
import { useApi } from '../use-api.ts';

const KIND_LABELS: Readonly<Record<string, string>> = {
  messages: 'Messages',
  accounts: 'Account records',
  transactions: 'Transfers',
  ip_events: 'IP events',
  locations: 'Locations',
  media_links: 'Media links',
  hashlist: 'Known hashes',
};

function LiaisonDashboard(props: { me: Me }) {
  return (
    <section className="page">
      <header className="page-head">
        <h1>Dashboard</h1>
      </header>
      <div className="notice">
        <strong>Liaison for {props.me.countries.join(', ')}</strong>
        <p>
          You see the leads attributed to your countries and the records behind them, under{' '}
          <Link to="/leads">Leads</Link>.
        </p>
      </div>
      <LeadProgress />
    </section>
  );
}

export function DashboardPage(props: { me: Me }) {
  const staff = props.me.role !== 'liaison';
  const stats = useApi(staff ? 'stats' : null, () => api.get<StatsResponse>('/api/stats'));
  if (!staff) return <LiaisonDashboard me={props.me} />;
  return (
    <section className="page">
      <header className="page-head">
        <h1>Dashboard</h1>
        <p className="muted">Sprint progress, and what the case holds.</p>
      </header>
      <LeadProgress />
      <h2>The case</h2>
      {stats.state === 'loading' && <Loading />}
      {stats.state === 'error' && <Problem error={stats.error} />}
      {stats.state === 'ok' && (
        <>
          <div className="cards">
            {stats.data.stats.kinds.map((k) => (
              <div key={k.kind} className={k.count === 0 ? 'card card-empty' : 'card'}>
                <span className="card-label">{KIND_LABELS[k.kind] ?? k.kind}</span>
                <span className="card-value">{count(k.count)}</span>
                <span className="card-foot">
                  {k.first === null ? '\u00a0' : `${day(k.first)} – ${day(k.last)}`}
                </span>
              </div>
            ))}
            <div className="card">
              <span className="card-label">Accounts seen</span>
              <span className="card-value">{count(stats.data.stats.accounts)}</span>
              <span className="card-foot">
                {count(stats.data.stats.sources)} source files · {count(stats.data.stats.quarantined)}{' '}
                quarantined
              </span>
            </div>
          </div>
          <div className="panels">
            <section className="panel panel-map" aria-labelledby="map-title">
              <h2 id="map-title">Transfers by sender country</h2>
              <WorldMap
                counts={new Map(stats.data.countries.map((c) => [c.country, c.count]))}
                label="Money transfers by the sender's country"
              />
            </section>
            <section className="panel" aria-labelledby="countries-title">
              <h2 id="countries-title">Top sender countries</h2>
              {stats.data.countries.length === 0 ? (
                <p className="muted">No transfers name a sender country.</p>
              ) : (
                <table className="table table-compact">
                  <thead>
                    <tr>
                      <th scope="col">Country</th>
                      <th scope="col" className="num">
                        Transfers
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.data.countries.slice(0, 12).map((c) => (
                      <tr key={c.country}>
                        <td>{c.country}</td>
                        <td className="num">{count(c.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h2>Ingest runs</h2>
              {stats.data.runs.length === 0 ? (
                <p className="muted">Nothing ingested yet.</p>
              ) : (
                <table className="table table-compact">
                  <thead>
                    <tr>
                      <th scope="col">Run</th>
                      <th scope="col">Started</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.data.runs.map((r) => (
                      <tr key={r.id}>
                        <td>#{r.id}</td>
                        <td>{utc(r.started_at)}</td>
                        <td>
                          <span className={`tag tag-run-${r.status}`}>{r.status}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h2>Platforms</h2>
              <table className="table table-compact">
                <thead>
                  <tr>
                    <th scope="col">Platform</th>
                    <th scope="col" className="num">
                      Accounts
                    </th>
                    <th scope="col" className="num">
                      Messages
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.data.stats.platforms.map((p) => (
                    <tr key={p.platform}>
                      <td>
                        <Link to={`/search?platform=${encodeURIComponent(p.platform)}`}>{p.platform}</Link>
                      </td>
                      <td className="num">{count(p.accounts)}</td>
                      <td className="num">{count(p.messages)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        </>
      )}
    </section>
  );
}
