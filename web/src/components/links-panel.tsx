import { useState } from 'react';
import { api } from '../api/client.ts';
import type { PersonProfile } from '../api/lead-types.ts';
import { utc } from '../format.ts';
import { Problem } from './status.tsx';

/**
 * How the person's members were linked, each link with its match-weight breakdown, and the
 * investigator's decisions: confirm a link, split two members, merge with another person.
 */
export function LinksPanel(props: { profile: PersonProfile; canDecide: boolean; onDecided: () => void }) {
  const { links, decisions } = props.profile;
  const id = props.profile.person.person_id;
  const [result, setResult] = useState<string | null>(null);
  const [problem, setProblem] = useState<Error | null>(null);
  const [other, setOther] = useState('');

  const decide = async (kind: 'confirm' | 'split' | 'merge', a: string, b: string): Promise<void> => {
    setResult(null);
    setProblem(null);
    try {
      const r = await api.post<{ message: string }>('/api/decisions', { kind, a, b });
      setResult(r.message);
      props.onDecided();
    } catch (e) {
      setProblem(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title">Links ({props.profile.links_total})</h2>
      {props.profile.links_total > links.length && (
        <p className="muted small">
          The {links.length} strongest shown: the chain that holds every member in, and every bridge.
        </p>
      )}
      {result !== null && (
        <div className="notice notice-ok" role="status">
          {result}
        </div>
      )}
      {problem !== null && <Problem error={problem} />}
      {links.length === 0 && <p className="muted">A single member: nothing was linked.</p>}
      <ul className="links">
        {links.slice(0, 60).map((l) => (
          <li key={`${l.a}|${l.b}`} className="link-item">
            <div className="link-head">
              <span className="mono">{l.a}</span> ↔ <span className="mono">{l.b}</span>
              <span className="muted small">
                {' '}
                {l.weight.toFixed(1)} bits · p {l.probability.toFixed(3)}
                {l.bridge && ' · bridge'}
              </span>
              {props.canDecide && (
                <span className="link-actions">
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => void decide('confirm', l.a, l.b)}
                  >
                    Confirm link
                  </button>
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => void decide('split', l.a, l.b)}
                  >
                    Split
                  </button>
                </span>
              )}
            </div>
            <ul className="breakdown" aria-label="Match weight by field">
              {l.breakdown
                .filter((f) => f.level !== 'missing')
                .map((f) => (
                  <li key={f.field} className={f.weight + f.tf < 0 ? 'against' : undefined}>
                    {f.field} <span className="muted">{f.level}</span>{' '}
                    <strong>
                      {f.weight >= 0 ? '+' : ''}
                      {f.weight.toFixed(1)}
                    </strong>
                    {f.tf !== 0 && <span className="muted"> tf {f.tf.toFixed(1)}</span>}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {links.length > 60 && <p className="muted small">{links.length - 60} more links not shown.</p>}
      {props.canDecide && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void decide('merge', id, other.trim());
          }}
        >
          <label>
            Merge with person
            <input value={other} onChange={(e) => setOther(e.target.value)} placeholder="p-…" />
          </label>
          <button type="submit" disabled={other.trim().length < 3}>
            Merge
          </button>
        </form>
      )}
      <h3>Decisions</h3>
      {decisions.length === 0 ? (
        <p className="muted small">None. Decisions take effect on the next analysis.</p>
      ) : (
        <ol className="plain-list small decisions">
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{d.kind}</strong> <span className="mono">{d.a}</span> /{' '}
              <span className="mono">{d.b}</span> by {d.user}, {utc(d.at)}
              {d.note !== null && ` — ${d.note}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
