import type { PersonProfile } from '../api/lead-types.ts';
import { utc } from '../format.ts';
import { Link } from './link.tsx';

interface Entry {
  readonly at: number;
  readonly kind: string;
  readonly text: string;
  /** Where the entry opens (a message opens its conversation). */
  readonly to?: string;
}

/** Transfers, evidence messages, IP events and review steps on one time line, newest first. */
export function ActivityTimeline(props: { profile: PersonProfile }) {
  const p = props.profile;
  const entries: Entry[] = [
    ...p.transfers.map((t) => ({
      at: t.sent_at,
      kind: 'transfer',
      text: `${t.amount} ${t.currency} via ${t.provider} to ${t.receiver_name ?? '?'}${t.receiver_country === null ? '' : ` (${t.receiver_country})`}`,
    })),
    ...p.evidence_messages.map((m) => ({
      at: m.sent_at,
      kind: 'message',
      text: `${m.sender}: ${m.excerpt}`,
    })),
    ...p.ip_events.map((e) => ({
      at: e.seen_at,
      kind: 'ip',
      text: `${e.ip} ${e.event ?? ''} (${e.platform}:${e.handle})`,
    })),
    ...p.history.map((h) => ({
      at: h.at,
      kind: 'review',
      text: `${h.user}: ${h.from_status} → ${h.to_status}`,
    })),
    ...p.comments.map((c) => ({ at: c.at, kind: 'comment', text: `${c.author}: ${c.text}` })),
  ].sort((a, b) => b.at - a.at);
  const years = new Map<number, number>();
  for (const e of entries)
    if (e.kind !== 'review' && e.kind !== 'comment') {
      const y = new Date(e.at).getUTCFullYear();
      years.set(y, (years.get(y) ?? 0) + 1);
    }
  const max = Math.max(1, ...years.values());
  const span = [...years.keys()].sort();
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Activity</h2>
      {span.length > 0 && (
        <svg
          className="year-bars"
          viewBox={`0 0 ${span.length * 40} 60`}
          role="img"
          aria-label="Activity per year"
        >
          {span.map((y, i) => {
            const h = Math.round(((years.get(y) ?? 0) / max) * 40);
            return (
              <g key={y}>
                <rect x={i * 40 + 8} y={44 - h} width={24} height={h} fill="#5a8bb0">
                  <title>{`${y}: ${years.get(y)}`}</title>
                </rect>
                <text x={i * 40 + 20} y={57} textAnchor="middle" fontSize="9" fill="#5f6b7a">
                  {y}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <ol className="timeline">
        {entries.slice(0, 150).map((e, i) => (
          <li key={i}>
            <span className="nowrap muted small">{utc(e.at)}</span>{' '}
            <span className={`tag tag-kind-${e.kind}`}>{e.kind}</span>{' '}
            {e.to === undefined ? e.text : <Link to={e.to}>{e.text}</Link>}
          </li>
        ))}
      </ol>
      {entries.length > 150 && <p className="muted small">{entries.length - 150} older entries not shown.</p>}
    </section>
  );
}
