/** A kept link as the splitter sees it: its ends, weight, and whether it is a bridge or a decision. */
export interface SplitLink {
  readonly a: string;
  readonly b: string;
  readonly weight: number;
  readonly bridge: boolean;
  readonly status: string;
}

/**
 * Cuts implausibly large clusters at their weakest bridges: while a cluster counts more than `max`
 * (by `size`, e.g. its accounts), its weakest bridge link is dropped, which splits it in two. A
 * bridge is one pair's say-so holding two groups together, the way a mistaken chat tie or one
 * shared name chains strangers; links that are decisions (must-links) are never cut. Takes the
 * clusters' spanning links (every bridge of the full graph is among them) and returns the links
 * dropped and the resulting clusters (members in their input order, first cluster first).
 */
export function splitOversized<L extends SplitLink>(
  clusters: ReadonlyArray<{ readonly id: string; readonly members: readonly string[] }>,
  links: readonly L[],
  size: (member: string) => number,
  max: number,
): { clusters: Array<{ id: string; members: string[] }>; dropped: L[] } {
  const dropped = new Set<L>();
  const byCluster = new Map<string, L[]>();
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c.id);
  for (const l of links) {
    const c = clusterOf.get(l.a)!;
    (byCluster.get(c) ?? byCluster.set(c, []).get(c)!).push(l);
  }
  const out: Array<{ id: string; members: string[] }> = [];
  for (const c of clusters) {
    const weight = c.members.reduce((s, m) => s + size(m), 0);
    if (weight <= max) {
      out.push({ id: c.id, members: [...c.members] });
      continue;
    }
    out.push(...cut(c.members, byCluster.get(c.id) ?? [], size, max, dropped));
  }
  return { clusters: out, dropped: links.filter((l) => dropped.has(l)) };
}

function cut<L extends SplitLink>(
  members: readonly string[],
  links: readonly L[],
  size: (member: string) => number,
  max: number,
  dropped: Set<L>,
): Array<{ id: string; members: string[] }> {
  const pieces = (): string[][] => {
    const parent = new Map(members.map((m) => [m, m]));
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    for (const l of links) if (!dropped.has(l)) parent.set(find(l.a), find(l.b));
    const groups = new Map<string, string[]>();
    for (const m of members) {
      const r = find(m);
      (groups.get(r) ?? groups.set(r, []).get(r)!).push(m);
    }
    return [...groups.values()];
  };
  const cuttable = links
    .filter((l) => l.bridge && l.status !== 'must_link')
    .sort((x, y) => x.weight - y.weight || (x.a + x.b < y.a + y.b ? -1 : 1));
  let groups = pieces();
  for (;;) {
    const over = groups.filter((g) => g.reduce((s, m) => s + size(m), 0) > max);
    if (over.length === 0) break;
    const inOver = new Set(over.flat());
    const next = cuttable.find((l) => !dropped.has(l) && inOver.has(l.a));
    if (next === undefined) break;
    dropped.add(next);
    groups = pieces();
  }
  return groups.map((g) => ({ id: g[0]!, members: g }));
}
