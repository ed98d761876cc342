/**
 * Bridges of an undirected graph (edges whose removal disconnects their component), by an
 * iterative Tarjan low-link walk over a compact adjacency (typed arrays: a seed-scale case has
 * millions of edges). `a[e]`–`b[e]` is edge e; returns a flag per edge, 1 for a bridge. Parallel
 * edges are not bridges: only the very edge a node was reached by is skipped on the way back.
 */
export function bridgeFlags(nodeCount: number, a: ArrayLike<number>, b: ArrayLike<number>): Uint8Array {
  const m = a.length;
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < m; e++) {
    start[a[e]! + 1]!++;
    start[b[e]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodeCount);
  const neighbour = new Int32Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const x = a[e]!;
    const y = b[e]!;
    neighbour[fill[x]!] = y;
    edgeOf[fill[x]!++] = e;
    neighbour[fill[y]!] = x;
    edgeOf[fill[y]!++] = e;
  }
  const disc = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const flags = new Uint8Array(m);
  // the walk's stack: node, the edge it was reached by, its next adjacency position
  const stackNode = new Int32Array(nodeCount);
  const stackVia = new Int32Array(nodeCount);
  const stackPos = new Int32Array(nodeCount);
  let time = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (disc[root] !== -1) continue;
    let depth = 0;
    stackNode[0] = root;
    stackVia[0] = -1;
    stackPos[0] = start[root]!;
    depth = 1;
    disc[root] = low[root] = time++;
    while (depth > 0) {
      const top = depth - 1;
      const v = stackNode[top]!;
      const pos = stackPos[top]!;
      if (pos < start[v + 1]!) {
        stackPos[top] = pos + 1;
        const w = neighbour[pos]!;
        const e = edgeOf[pos]!;
        if (e === stackVia[top]) continue;
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          stackNode[depth] = w;
          stackVia[depth] = e;
          stackPos[depth] = start[w]!;
          depth++;
        } else low[v] = Math.min(low[v]!, disc[w]!);
      } else {
        depth--;
        if (depth > 0) {
          const p = stackNode[depth - 1]!;
          low[p] = Math.min(low[p]!, low[v]!);
          if (low[v]! > disc[p]!) flags[stackVia[top]!] = 1;
        }
      }
    }
  }
  return flags;
}

/** The indices into `edges` that are bridges. */
export function findBridges(nodeCount: number, edges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const flags = bridgeFlags(
    nodeCount,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  );
  const out = new Set<number>();
  flags.forEach((f, e) => f === 1 && out.add(e));
  return out;
}
