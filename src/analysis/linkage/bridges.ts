/**
 * Bridges of an undirected graph (edges whose removal disconnects their component), by an
 * iterative Tarjan low-link walk. Returns the indices into `edges` that are bridges.
 */
export function findBridges(nodeCount: number, edges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const adj: Array<Array<[number, number]>> = Array.from({ length: nodeCount }, () => []);
  edges.forEach(([a, b], e) => {
    adj[a]!.push([b, e]);
    adj[b]!.push([a, e]);
  });
  const disc = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const bridges = new Set<number>();
  let time = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (disc[root] !== -1) continue;
    // Stack frames: node, the edge we came by, next neighbour position.
    const stack: Array<[number, number, number]> = [[root, -1, 0]];
    disc[root] = low[root] = time++;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const [v, viaEdge, pos] = frame;
      const nbrs = adj[v]!;
      if (pos < nbrs.length) {
        frame[2]++;
        const [w, e] = nbrs[pos]!;
        if (e === viaEdge) continue;
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          stack.push([w, e, 0]);
        } else low[v] = Math.min(low[v]!, disc[w]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          const p = parent[0];
          low[p] = Math.min(low[p]!, low[v]!);
          if (low[v]! > disc[p]!) bridges.add(viaEdge);
        }
      }
    }
  }
  return bridges;
}
