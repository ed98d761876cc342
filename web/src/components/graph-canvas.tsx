import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { GraphNode, PersonGraph } from '../api/lead-types.ts';

const COLOURS = {
  center: '#2f5d85',
  seller: '#8a2f2f',
  person: '#5a8bb0',
  account: '#9aa5b1',
  collapsed: '#c9a04a',
  receiver: '#2e6b45',
  network: '#7a3d12',
};

function colourOf(n: GraphNode): string {
  if (n.center === true) return COLOURS.center;
  if (n.kind === 'person') return n.role === 'seller' ? COLOURS.seller : COLOURS.person;
  if (n.kind === 'receiver') return COLOURS.receiver;
  if (n.kind === 'network') return COLOURS.network;
  return n.collapsed === true ? COLOURS.collapsed : COLOURS.account;
}

/** Lays the graph out with ForceAtlas2 (deterministic start on a circle). */
function layout(data: PersonGraph): Graph {
  const g = new Graph({ multi: false, type: 'undirected' });
  data.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
    g.addNode(n.id, {
      x: n.center === true ? 0 : Math.cos(angle) * 10,
      y: n.center === true ? 0 : Math.sin(angle) * 10,
      size:
        n.center === true || n.kind === 'network'
          ? 14
          : n.kind === 'person'
            ? 9
            : n.collapsed === true
              ? 8
              : 5,
      label: n.collapsed === true ? `${n.label} (${n.degree} partners, collapsed)` : n.label,
      color: colourOf(n),
    });
  });
  for (const e of data.edges)
    if (!g.hasEdge(e.source, e.target) && g.hasNode(e.source) && g.hasNode(e.target))
      g.addEdge(e.source, e.target, {
        size: e.kind === 'owns' ? 2 : Math.min(5, 1 + Math.log2(1 + e.weight)),
        color: e.kind === 'paid' ? '#7fb08f' : e.kind === 'owns' ? '#8fa3b6' : '#cfd6dd',
      });
  forceAtlas2.assign(g, { iterations: 150, settings: forceAtlas2.inferSettings(g) });
  return g;
}

/** Sigma (WebGL) where the browser has it; a plain SVG drawing of the same layout where it has not. */
export function GraphCanvas(props: { data: PersonGraph; onOpen: (node: GraphNode) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [fallback, setFallback] = useState<Graph | null>(null);
  const byId = new Map(props.data.nodes.map((n) => [n.id, n]));
  useEffect(() => {
    const g = layout(props.data);
    if (box.current === null) return;
    let renderer: Sigma | null = null;
    try {
      renderer = new Sigma(g, box.current, {
        settings: { labelDensity: 0.6, labelRenderedSizeThreshold: 6, itemSizesReference: 'screen' },
      });
      renderer.on('clickNode', ({ node }) => {
        const n = byId.get(node);
        if (n !== undefined) props.onOpen(n);
      });
      setFallback(null);
    } catch {
      setFallback(g);
    }
    return () => renderer?.kill();
  }, [props.data]);

  if (fallback !== null) {
    const xs = fallback.mapNodes((_, a) => a.x as number);
    const ys = fallback.mapNodes((_, a) => a.y as number);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const sx = (x: number): number => 40 + ((x - minX) / Math.max(1e-9, maxX - minX)) * 920;
    const sy = (y: number): number => 30 + ((y - minY) / Math.max(1e-9, maxY - minY)) * 440;
    return (
      <svg className="graph-svg" viewBox="0 0 1000 500" role="img" aria-label="Link graph">
        {fallback.mapEdges((e, a, s, t, sa, ta) => (
          <line
            key={e}
            x1={sx(sa.x as number)}
            y1={sy(sa.y as number)}
            x2={sx(ta.x as number)}
            y2={sy(ta.y as number)}
            stroke={a.color as string}
            strokeWidth={(a.size as number) / 1.5}
          />
        ))}
        {fallback.mapNodes((n, a) => (
          <g
            key={n}
            className="graph-node"
            onClick={() => {
              const x = byId.get(n);
              if (x !== undefined) props.onOpen(x);
            }}
          >
            <circle
              cx={sx(a.x as number)}
              cy={sy(a.y as number)}
              r={(a.size as number) / 1.3}
              fill={a.color as string}
            >
              <title>{a.label as string}</title>
            </circle>
            {(a.size as number) >= 8 && (
              <text x={sx(a.x as number) + 9} y={sy(a.y as number) + 4} fontSize="11" fill="#1f2933">
                {a.label as string}
              </text>
            )}
          </g>
        ))}
      </svg>
    );
  }
  return <div ref={box} className="graph-box" role="img" aria-label="Link graph" />;
}

export const GRAPH_LEGEND = COLOURS;
