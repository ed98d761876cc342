import { useState } from 'react';
import { api } from '../api/client.ts';
import type { GraphNode, PersonGraph } from '../api/lead-types.ts';
import { GraphCanvas, GRAPH_LEGEND } from '../components/graph-canvas.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { navigate, type Location } from '../router.ts';
import { useApi } from '../use-api.ts';

/** Two graphs as one: nodes by id (the first graph's win, so its centre stays), edges of both. */
function merged(a: PersonGraph, b: PersonGraph): PersonGraph {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  for (const n of b.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { ...n, center: false });
  return { center: a.center, nodes: [...nodes.values()], edges: [...a.edges, ...b.edges] };
}

const networkGraph = (id: string): Promise<PersonGraph> =>
  api.get<PersonGraph>(`/api/networks/${encodeURIComponent(id)}/graph`);

/**
 * The neighbourhood of one person: accounts, chat partners and their persons, sellers, payments.
 * A seller expands into their network and its other buyers (`expand`); `network` alone shows one
 * network around its sellers, receivers and buyers.
 */
export function GraphPage(props: { location: Location }) {
  const person = props.location.query.get('person') ?? '';
  const network = props.location.query.get('network') ?? '';
  const expand = props.location.query.get('expand') ?? '';
  const [input, setInput] = useState(person);
  const [picked, setPicked] = useState<GraphNode | null>(null);
  const key =
    person !== '' ? `graph:${person}:${expand}` : network !== '' ? `network-graph:${network}` : null;
  const graph = useApi(key, async () => {
    if (person === '') return networkGraph(network);
    const own = await api.get<PersonGraph>(`/api/persons/${encodeURIComponent(person)}/graph`);
    return expand === '' ? own : merged(own, await networkGraph(expand));
  });
  const open = (n: GraphNode): void => {
    setPicked(n);
    if (n.kind === 'person' && n.role === 'seller' && n.network_id !== undefined && person !== '') {
      if (n.network_id !== expand)
        navigate(`/graph?person=${encodeURIComponent(person)}&expand=${encodeURIComponent(n.network_id)}`);
      return;
    }
    if (n.kind === 'network' && n.network_id !== undefined) {
      navigate(`/networks/${encodeURIComponent(n.network_id)}`);
      return;
    }
    if (n.kind === 'person' && n.person_id !== undefined && n.center !== true)
      navigate(`/graph?person=${encodeURIComponent(n.person_id)}`);
  };
  return (
    <section className="page">
      <header className="page-head">
        <h1>Graph</h1>
        <p className="muted">
          A person, their accounts, whom those accounts talk to and who is behind them, and whom the person
          paid. Click a person to expand around them; click a seller to add their network and its other
          buyers. Accounts with very many partners are collapsed.
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
        {(expand !== '' || (person === '' && network !== '')) && (
          <Link to={`/networks/${encodeURIComponent(expand || network)}`}>Open network</Link>
        )}
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
      {key === null && <p className="muted">Open a graph from a lead’s profile, or enter a person id.</p>}
      {graph.state === 'loading' && key !== null && <Loading />}
      {graph.state === 'error' && <Problem error={graph.error} />}
      {graph.state === 'ok' && (
        <>
          <p className="muted small">
            {graph.data.nodes.length} nodes, {graph.data.edges.length} edges
            {expand !== '' && ` · with network ${expand}`}
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
