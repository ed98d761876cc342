import type { NetworkMember, SellerNetwork } from '../../../src/core/network-types.ts';
import type { Evidence } from '../../../src/core/analysis-types.ts';
import { count, day } from '../format.ts';
import { Link } from './link.tsx';
import { NetworkMoneyChart } from './network-money-chart.tsx';
import { NetworkPlaces } from './network-places.tsx';

/** A buyer of the network as GET /api/networks/:id lists them (src/server/networks.service.ts). */
export interface NetworkBuyer {
  readonly person_id: string;
  readonly name: string | null;
  readonly country: string | null;
  readonly score: number;
  readonly lead: boolean;
  readonly urgent: boolean;
}

export interface NetworkProfileResponse {
  readonly network: SellerNetwork;
  readonly buyers: readonly NetworkBuyer[];
  readonly limited: boolean;
}

function EvidenceLinks(props: { evidence: readonly Evidence[] }) {
  if (props.evidence.length === 0) return null;
  return (
    <span className="small muted">
      {' '}
      ·{' '}
      {props.evidence.slice(0, 3).map((e, i) => (
        <span key={`${e.kind}:${e.id}`}>
          {i > 0 && ', '}
          {e.kind === 'message' ? (
            <Link to={`/search?q=${encodeURIComponent(e.id)}`}>message {e.id}</Link>
          ) : (
            `${e.kind} ${e.id}`
          )}
        </span>
      ))}
      {props.evidence.length > 3 && ` and ${props.evidence.length - 3} more`}
    </span>
  );
}

function MemberRow(props: { m: NetworkMember }) {
  const { m } = props;
  return (
    <tr>
      <td>
        <span className={m.role === 'seller' ? 'tag tag-urgent' : 'tag'}>{m.role}</span>
      </td>
      <td>
        {m.person_id === null ? (
          (m.names[0] ?? m.member_id)
        ) : (
          <Link to={`/persons/${encodeURIComponent(m.person_id)}`}>{m.names[0] ?? m.person_id}</Link>
        )}
        {m.names.length > 1 && <span className="small muted"> also {m.names.slice(1, 3).join(', ')}</span>}
      </td>
      <td className="small">{m.accounts.map((a) => `${a.platform}:${a.handle}`).join(' ')}</td>
      <td className="num">{count(m.transfers)}</td>
      <td className="small">
        {day(m.first)} – {day(m.last)}
      </td>
      <td className="small">
        {m.why}
        <EvidenceLinks evidence={m.evidence} />
      </td>
    </tr>
  );
}

/** One network: who is in it, where and when it operates, its money by month, and whom it served. */
export function NetworkProfile(props: { data: NetworkProfileResponse }) {
  const n = props.data.network;
  const members = n.members.filter((m) => m.role !== 'account');
  return (
    <>
      <header className="page-head">
        <p className="small">
          <Link to="/networks">← All networks</Link>
        </p>
        <h1>{n.name}</h1>
        <p>
          {n.known ? (
            <span className="tag">known network</span>
          ) : (
            <span className="tag tag-urgent">candidate #{n.candidate?.rank ?? '?'} — not yet known</span>
          )}
          {n.still_active && <span className="tag tag-urgent">still active</span>} Operates in{' '}
          <strong>{n.country ?? 'an unknown country'}</strong>, active {day(n.active_from)} –{' '}
          {day(n.active_to)}. Served {count(n.buyers)} buyers
          {n.buyer_countries.length > 0 &&
            ` (${n.buyer_countries
              .slice(0, 6)
              .map((b) => `${b.country} ${b.buyers}`)
              .join(', ')})`}
          . <Link to={`/graph?network=${encodeURIComponent(n.network_id)}`}>Open in the graph</Link>
        </p>
        {props.data.limited && (
          <p className="notice small">
            As liaison you see this network’s sellers, receivers, places and money, and among its buyers only
            the leads of your countries.
          </p>
        )}
      </header>
      {n.candidate !== null && (
        <section className="panel" aria-labelledby="why-title">
          <h2 id="why-title">Why it looks like a network</h2>
          <ul>
            {n.candidate.reasons.map((r) => (
              <li key={r.indicator + r.detail}>
                <strong>{r.indicator}</strong> {r.detail}
                <EvidenceLinks evidence={r.evidence} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title">Members ({members.length})</h2>
        <table className="table table-compact network-members">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Name</th>
              <th scope="col">Accounts</th>
              <th scope="col" className="num">
                Transfers
              </th>
              <th scope="col">Active</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <MemberRow key={m.member_id} m={m} />
            ))}
          </tbody>
        </table>
      </section>
      <div className="panels">
        <section className="panel" aria-labelledby="money-title">
          <h2 id="money-title">Money received by month</h2>
          <NetworkMoneyChart months={n.money_by_month} />
        </section>
        <section className="panel panel-map" aria-labelledby="places-title">
          <h2 id="places-title">Where it operates</h2>
          <NetworkPlaces locations={n.locations} />
        </section>
      </div>
      <section className="panel" aria-labelledby="buyers-title">
        <h2 id="buyers-title">Buyers ({props.data.buyers.length})</h2>
        {props.data.buyers.length === 0 ? (
          <p className="muted">No buyer of this network is visible to you.</p>
        ) : (
          <table className="table table-compact network-buyers">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Country</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">Lead</th>
              </tr>
            </thead>
            <tbody>
              {props.data.buyers.slice(0, 200).map((b) => (
                <tr key={b.person_id}>
                  <td>
                    <Link to={`/persons/${encodeURIComponent(b.person_id)}`}>{b.name ?? b.person_id}</Link>
                  </td>
                  <td>{b.country ?? '?'}</td>
                  <td className="num">{b.score.toFixed(1)}</td>
                  <td>
                    {b.lead && <span className="tag tag-lead">lead</span>}
                    {b.urgent && <span className="tag tag-urgent">urgent</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {n.statements.length > 0 && (
        <section className="panel" aria-labelledby="statements-title">
          <h2 id="statements-title">What the records say</h2>
          <ul>
            {n.statements.map((st) => (
              <li key={st.indicator + st.detail}>
                {st.detail}
                <EvidenceLinks evidence={st.evidence} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
