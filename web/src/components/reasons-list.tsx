import type { Evidence, PersonProfile } from '../api/lead-types.ts';
import { Link } from './link.tsx';

/** Each reason of the score with its weight and its evidence; a message opens the conversation. */
export function ReasonsList(props: { profile: PersonProfile; onTransfer: (id: string) => void }) {
  const messages = new Map(props.profile.evidence_messages.map((m) => [m.message_id, m]));
  const evidence = (e: Evidence) => {
    const m = e.kind === 'message' ? messages.get(e.id) : undefined;
    if (m !== undefined)
      return (
        <Link
          to={`/conversations/${encodeURIComponent(m.platform)}/${encodeURIComponent(m.message_id)}`}
          title={m.excerpt}
        >
          message {m.message_id}
        </Link>
      );
    if (e.kind === 'transaction')
      return (
        <button type="button" className="button-link" onClick={() => props.onTransfer(e.id)}>
          transfer {e.id}
        </button>
      );
    return (
      <span className="mono">
        {e.kind} {e.id}
      </span>
    );
  };
  return (
    <table className="table reasons">
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col" className="num">
            Points
          </th>
          <th scope="col">Why</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {props.profile.person.reasons.map((r, i) => (
          <tr key={`${r.indicator}-${i}`}>
            <td>
              <span className={`tag tag-axis-${r.axis}`}>{r.indicator}</span>
            </td>
            <td className="num">{r.weight.toFixed(2)}</td>
            <td>{r.detail}</td>
            <td>
              <div className="evidence">
                {r.evidence.slice(0, 6).map((e) => (
                  <span key={`${e.kind}:${e.id}`}>{evidence(e)}</span>
                ))}
                {r.evidence.length > 6 && <span className="muted small">+{r.evidence.length - 6} more</span>}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
