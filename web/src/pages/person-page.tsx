import { useCallback, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { PersonProfile } from '../api/lead-types.ts';
import type { Me } from '../api/types.ts';
import { ActivityTimeline } from '../components/activity-timeline.tsx';
import { Link } from '../components/link.tsx';
import { LinksPanel } from '../components/links-panel.tsx';
import { MediaSection } from '../components/media-section.tsx';
import { ReasonsList } from '../components/reasons-list.tsx';
import { ReviewPanel } from '../components/review-panel.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { day, utc } from '../format.ts';
import { useLiveEvents, type LiveEvent } from '../live-events.ts';
import { useApi } from '../use-api.ts';

const TABS = [
  'Summary',
  'Identity',
  'Transfers',
  'IP events',
  'Countries',
  'Activity',
  'Links',
  'Media',
] as const;
type Tab = (typeof TABS)[number];

/** A lead's (or any person's) profile: score and reasons with evidence, identity, money, review. */
export function PersonPage(props: { me: Me; id: string; asLead: boolean }) {
  const [tick, setTick] = useState(0);
  const [tab, setTab] = useState<Tab>('Summary');
  const [changedBy, setChangedBy] = useState<string | null>(null);
  const url = `${props.asLead ? '/api/leads' : '/api/persons'}/${encodeURIComponent(props.id)}`;
  const profile = useApi(`${url}#${tick}`, () => api.get<PersonProfile>(url));
  const staff = props.me.role !== 'liaison';
  const assignees = useApi(staff ? 'assignees' : null, () => api.get<string[]>('/api/leads/assignees'));
  const reload = (): void => {
    setChangedBy(null);
    setTick((t) => t + 1);
  };
  const version = profile.state === 'ok' ? profile.data.review.version : -1;
  const onEvent = useCallback(
    (e: LiveEvent) => {
      const d = e.data as { person_id?: string; version?: number; by?: string };
      if (
        e.type === 'lead.updated' &&
        d.person_id === props.id &&
        (d.version ?? 0) > version &&
        d.by !== props.me.username
      )
        setChangedBy(d.by ?? 'someone');
    },
    [props.id, version, props.me.username],
  );
  useLiveEvents(onEvent);
  const showTransfer = (id: string): void => {
    setTab('Transfers');
    setTimeout(() => document.getElementById(`tx-${id}`)?.focus(), 50);
  };

  // While a reload is under way, keep showing what was there (and the panels' own state).
  const last = useRef<PersonProfile | null>(null);
  if (profile.state === 'ok') last.current = profile.data;
  if (profile.state === 'loading' && last.current === null)
    return (
      <section className="page">
        <Loading />
      </section>
    );
  if (profile.state === 'error')
    return (
      <section className="page">
        <header className="page-head">
          <h1>
            {props.asLead ? 'Lead' : 'Person'} {props.id}
          </h1>
        </header>
        <Problem error={profile.error} />
      </section>
    );
  const p = profile.state === 'ok' ? profile.data : last.current!;
  const person = p.person;
  return (
    <section className="page person-page">
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/leads">Leads</Link> / {person.person_id}
      </nav>
      <header className="page-head person-head">
        <h1>{person.names[0] ?? person.person_id}</h1>
        <p className="muted">
          {person.role} · score <strong>{person.score.toFixed(1)}</strong> (culpability{' '}
          {person.culpability.toFixed(1)}, actionability {person.actionability.toFixed(1)}) · rank{' '}
          {person.rank ?? '—'} · {person.country ?? 'no country'}
          {person.country !== null && ` (${Math.round(person.country_confidence * 100)}%)`}
          {person.urgent && <span className="tag tag-urgent">urgent</span>}
          {person.lead && <span className="tag tag-lead">lead</span>}
          {staff && (
            <>
              {' · '}
              <Link to={`/graph?person=${encodeURIComponent(person.person_id)}`}>Graph</Link>
            </>
          )}
        </p>
      </header>
      {changedBy !== null && (
        <div className="notice notice-refused" role="status">
          <strong>{changedBy} changed this lead while you were looking.</strong>{' '}
          <button type="button" className="button-small" onClick={reload}>
            Reload
          </button>
        </div>
      )}
      <div className="profile-grid">
        <div className="profile-main">
          <div className="tabs" role="tablist" aria-label="Profile sections">
            {TABS.map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                aria-selected={tab === t}
                className={tab === t ? 'tab active' : 'tab'}
                onClick={() => setTab(t)}
              >
                {t}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={tab}>
            {tab === 'Summary' && (
              <section className="panel">
                <h2>Why this score</h2>
                <ReasonsList profile={p} onTransfer={showTransfer} />
                <h2>At a glance</h2>
                <p>
                  {person.accounts.length} accounts · {p.transfers.length} transfers
                  {p.transfers.length > 0 &&
                    ` (${day(p.transfers[0]!.sent_at)} – ${day(p.transfers.at(-1)!.sent_at)})`}{' '}
                  · {p.ip_events.length} IP events · {person.identifiers.length} identifiers
                </p>
                {p.evidence_messages.length > 0 && (
                  <>
                    <h2>Messages named as evidence</h2>
                    <ul className="evidence-messages">
                      {[...p.evidence_messages]
                        .sort((a, b) => a.sent_at - b.sent_at)
                        .slice(0, 12)
                        .map((m) => (
                          <li key={m.message_id}>
                            <Link
                              to={`/conversations/${encodeURIComponent(m.platform)}/${encodeURIComponent(m.message_id)}`}
                            >
                              {utc(m.sent_at)} · {m.sender}
                            </Link>
                            <span className="excerpt">{m.excerpt}</span>
                          </li>
                        ))}
                    </ul>
                  </>
                )}
              </section>
            )}
            {tab === 'Identity' && (
              <section className="panel">
                <h2>Names</h2>
                <p>{person.names.slice(0, 30).join(' · ') || <span className="muted">none</span>}</p>
                <h2>Identifiers</h2>
                <table className="table table-compact">
                  <tbody>
                    {person.identifiers.map((i) => (
                      <tr key={`${i.type}:${i.value}`}>
                        <td>{i.type}</td>
                        <td className="mono">{i.value}</td>
                        <td className="muted small">{i.evidence.length} evidence</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h2>Accounts ({person.accounts.length})</h2>
                <ul className="plain-list">
                  {person.accounts.map((a) => (
                    <li key={`${a.platform}:${a.handle}`}>
                      <Link
                        to={`/search?platform=${encodeURIComponent(a.platform)}&account=${encodeURIComponent(a.handle)}`}
                      >
                        {a.platform}:{a.handle}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {tab === 'Media' && (
              <section className="panel">
                <MediaSection personId={person.person_id} />
              </section>
            )}
            {tab === 'Transfers' && (
              <section className="panel">
                <h2>Transfers ({p.transfers.length})</h2>
                <table className="table table-compact">
                  <thead>
                    <tr>
                      <th scope="col">Sent</th>
                      <th scope="col">Id</th>
                      <th scope="col">Provider</th>
                      <th scope="col" className="num">
                        Amount
                      </th>
                      <th scope="col">Sender</th>
                      <th scope="col">Receiver</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.transfers.map((t) => (
                      <tr key={t.transaction_id} id={`tx-${t.transaction_id}`} tabIndex={-1}>
                        <td className="nowrap">{utc(t.sent_at)}</td>
                        <td className="mono">{t.transaction_id}</td>
                        <td>{t.provider}</td>
                        <td className="num">
                          {t.amount} {t.currency}
                        </td>
                        <td>
                          {t.sender_name ?? '—'}{' '}
                          {t.sender_country !== null && <span className="muted">({t.sender_country})</span>}
                        </td>
                        <td>
                          {t.receiver_name ?? '—'}{' '}
                          {t.receiver_country !== null && (
                            <span className="muted">({t.receiver_country})</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
            {tab === 'IP events' && (
              <section className="panel">
                <h2>IP events ({p.ip_events.length})</h2>
                <table className="table table-compact">
                  <tbody>
                    {p.ip_events.map((e, i) => (
                      <tr key={i}>
                        <td className="nowrap">{utc(e.seen_at)}</td>
                        <td className="mono">{e.ip}</td>
                        <td>{e.event ?? ''}</td>
                        <td className="mono">
                          {e.platform}:{e.handle}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
            {tab === 'Countries' && (
              <section className="panel">
                <h2>Country candidates</h2>
                <table className="table table-compact">
                  <tbody>
                    {person.country_candidates.map((c) => (
                      <tr key={c.country}>
                        <td>{c.country}</td>
                        <td className="num">{Math.round(c.p * 100)}%</td>
                        <td>
                          <span className="bar" aria-hidden="true">
                            <span
                              className="bar-fill"
                              ref={(el) => el?.style.setProperty('width', `${Math.round(c.p * 100)}%`)}
                            />
                          </span>
                        </td>
                        <td className="small">{c.evidence.join(' · ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
            {tab === 'Activity' && <ActivityTimeline profile={p} />}
            {tab === 'Links' && <LinksPanel profile={p} canDecide={staff} onDecided={reload} />}
          </div>
        </div>
        <ReviewPanel
          key={p.review.version}
          profile={p}
          canEdit={staff}
          assignees={assignees.state === 'ok' ? assignees.data : []}
          onChanged={reload}
        />
      </div>
    </section>
  );
}
