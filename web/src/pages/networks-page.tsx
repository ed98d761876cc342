import type { NetworkSummary } from '../../../src/core/network-types.ts';
import { api } from '../api/client.ts';
import { Link } from '../components/link.tsx';
import { NetworkProfile, type NetworkProfileResponse } from '../components/network-profile.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { count, day } from '../format.ts';
import { useApi } from '../use-api.ts';

/** GET /api/networks (src/server/networks.service.ts). */
interface NetworkListResponse {
  readonly networks: readonly NetworkSummary[];
  readonly limited: boolean;
}

function NetworkTable(props: { rows: readonly NetworkSummary[]; caption: string }) {
  return (
    <table className="table network-table">
      <caption className="small muted">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Network</th>
          <th scope="col">Country</th>
          <th scope="col">Active</th>
          <th scope="col" className="num">
            Members
          </th>
          <th scope="col" className="num">
            Receivers
          </th>
          <th scope="col" className="num">
            Buyers
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((n) => (
          <tr key={n.network_id}>
            <td>
              {n.candidate_rank !== null && <span className="tag tag-urgent">#{n.candidate_rank}</span>}{' '}
              <Link to={`/networks/${encodeURIComponent(n.network_id)}`}>{n.name}</Link>
            </td>
            <td>{n.country ?? '?'}</td>
            <td>
              {day(n.active_from)} – {day(n.active_to)}
              {n.still_active && <span className="tag tag-urgent">still active</span>}
            </td>
            <td className="num">{count(n.members)}</td>
            <td className="num">{count(n.receivers)}</td>
            <td className="num">{count(n.buyers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NetworkList() {
  const list = useApi('networks', () => api.get<NetworkListResponse>('/api/networks'));
  return (
    <>
      <header className="page-head">
        <h1>Networks</h1>
        <p className="muted">
          Sellers, their accounts and the people who collect transfers for them, grouped into networks; below
          them, accounts that behave like a network the investigation does not know yet, ranked.
        </p>
      </header>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <Problem error={list.error} />}
      {list.state === 'ok' && (
        <>
          {list.data.limited && (
            <p className="notice small">
              As liaison you see the networks that operate in or served leads of your countries, and only your
              countries’ buyers within them.
            </p>
          )}
          {list.data.networks.length === 0 ? (
            <p className="muted">No networks: run the analysis first (vigil analyze).</p>
          ) : (
            <>
              <NetworkTable
                rows={list.data.networks.filter((n) => n.known)}
                caption="Known networks (they hold an account marked seller)"
              />
              {list.data.networks.some((n) => !n.known) && (
                <NetworkTable
                  rows={list.data.networks.filter((n) => !n.known)}
                  caption="Candidate networks not yet known, ranked by indicators S1–S3"
                />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}

function NetworkDetail(props: { id: string }) {
  const profile = useApi(`network:${props.id}`, () =>
    api.get<NetworkProfileResponse>(`/api/networks/${encodeURIComponent(props.id)}`),
  );
  if (profile.state === 'loading') return <Loading />;
  if (profile.state === 'error') return <Problem error={profile.error} />;
  return <NetworkProfile data={profile.data} />;
}

/** /networks: every network this user may see; /networks/:id: one network's profile. */
export function NetworksPage(props: { id?: string }) {
  return (
    <section className="page">
      {props.id === undefined ? <NetworkList /> : <NetworkDetail id={props.id} />}
    </section>
  );
}
