import { useState } from 'react';
import { api } from '../api/client.ts';
import type { GraphNode, PersonGraph } from '../api/lead-types.ts';
import { GraphCanvas, GRAPH_LEGEND } from '../components/graph-canvas.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { navigate, type Location } from '../router.ts';
import { useApi } from '../use-api.ts';

/** The neighbourhood of one person: accounts, chat partners and their persons, sellers, payments. */
export function GraphPage(props: { location: Location }) {
  const person = props.location.query.get('person') ?? '';
  const [input, setInput] = useState(person);
  const [picked, setPicked] = useState<GraphNode | null>(null);
  const graph = useApi(person === '' ? null : `graph:${person}`, () =>
    api.get<PersonGraph>(`/api/persons/${encodeURIComponent(person)}/graph`),
  );
  const open = (n: GraphNode): void => {
    setPicked(n);
    if (n.kind === 'person' && n.person_id !== undefined && n.center !== true)
      navigate(`/graph?person=${encodeURIComponent(n.person_id)}`);
  };
  return (
    <section className="page">
      <header className="page-head">
        <h1>Graph</h1>
        <p className="muted">
          A person, their accounts, whom those accounts talk to and who is behind them, and whom the person
          paid. Click a person to expand around them. Accounts with very many partners are collapsed.
        </p>
      </header>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/graph?person=${encodeURIComponent(input.trim())}`);
        }}
      >
        <label>
          Person id
          <input value={input} onChange={(e) => setInput(e.target.value)} placeholder="p-…" />
        </label>
        <button type="submit">Show</button>
        {person !== '' && <Link to={`/persons/${encodeURIComponent(person)}`}>Open profile</Link>}
      </form>
      <p className="legend-marks small">
        {Object.entries(GRAPH_LEGEND).map(([k, c]) => (
          <span key={k} className="legend-item">
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="5" fill={c} />
            </svg>{' '}
            {k}
          </span>
        ))}
      </p>
      {person === '' && <p className="muted">Open a graph from a lead’s profile, or enter a person id.</p>}
      {graph.state === 'loading' && person !== '' && <Loading />}
      {graph.state === 'error' && <Problem error={graph.error} />}
      {graph.state === 'ok' && (
        <>
          <p className="muted small">
            {graph.data.nodes.length} nodes, {graph.data.edges.length} edges
            {picked !== null && ` · selected: ${picked.label}`}
          </p>
          <div className="panel graph-panel">
            <GraphCanvas data={graph.data} onOpen={open} />
          </div>
        </>
      )}
    </section>
  );
}
