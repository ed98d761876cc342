import { api } from '../api/client.ts';
import { STATUSES, STATUS_LABELS, type LeadSummary } from '../api/lead-types.ts';
import { count } from '../format.ts';
import { useApi } from '../use-api.ts';
import { Link } from './link.tsx';
import { Loading, Problem } from './status.tsx';
import { WorldMap } from './world-map.tsx';

/** Sprint progress: leads by review status, and by country on the world map. */
export function LeadProgress() {
  const summary = useApi('lead-summary', () => api.get<LeadSummary>('/api/leads/summary'));
  if (summary.state === 'loading') return <Loading />;
  if (summary.state === 'error') return <Problem error={summary.error} />;
  const s = summary.data;
  if (s.total === 0) return <p className="muted">No leads yet: they appear once the analysis has run.</p>;
  return (
    <>
      <div className="cards status-cards">
        {STATUSES.map((st) => (
          <Link key={st} to={`/leads?status=${st}`} className={`card card-link status-card-${st}`}>
            <span className="card-label">{STATUS_LABELS[st]}</span>
            <span className="card-value">{count(s.by_status[st] ?? 0)}</span>
            <span className="card-foot">of {count(s.total)} scored persons</span>
          </Link>
        ))}
        <Link to="/leads?urgent=true" className="card card-link">
          <span className="card-label">Urgent</span>
          <span className="card-value">{count(s.urgent)}</span>
          <span className="card-foot">{count(s.leads)} meet the lead rule</span>
        </Link>
      </div>
      <div className="panels">
        <section className="panel panel-map" aria-labelledby="lead-map-title">
          <h2 id="lead-map-title">Scored persons by attributed country</h2>
          <WorldMap
            counts={new Map(s.by_country.map((c) => [c.country, c.count]))}
            label="Scored persons by attributed country"
          />
        </section>
        <section className="panel" aria-labelledby="lead-countries-title">
          <h2 id="lead-countries-title">By country</h2>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col" className="num">
                  Persons
                </th>
                <th scope="col" className="num">
                  Leads
                </th>
              </tr>
            </thead>
            <tbody>
              {s.by_country.slice(0, 14).map((c) => (
                <tr key={c.country}>
                  <td>
                    <Link to={`/leads?country=${c.country}`}>{c.country}</Link>
                  </td>
                  <td className="num">{count(c.count)}</td>
                  <td className="num">{count(c.leads)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
