import type { SplitLink } from './split-oversized.ts';

export interface LooseTieRules<L extends SplitLink> {
  /** Accounts (the records a claim comes from); every other member is a payer record. */
  readonly isAccount: (member: string) => boolean;
  /** The link rests on a timing claim alone ("sent it" minutes after a transfer, nothing else agreeing). */
  readonly loose: (link: L) => boolean;
  /** How many claims the accounts make on the payer records (to prefer one payer over another). */
  readonly support: (accounts: readonly string[], payers: readonly string[]) => number;
}

/**
 * A "sent it" message minutes after a transfer may tie an account to a payer, but it is a timing
 * coincidence as often as not when someone else's money moved at that minute: it must not make
 * one person of two payers. Within each cluster the links that rest on a timing claim alone are
 * set aside; what remains falls into pieces. A piece of accounts without any transfer of its own
 * joins back the one piece holding transfers that its accounts claim most (strictly more claims
 * than on any other); a piece that already holds transfers (its own name, contact or quoted
 * reference tie it to a payer) takes no second payer through a timing claim. Decisions
 * (must-links) are never set aside. Returns the links dropped and the resulting clusters.
 */
export function cutLooseTies<L extends SplitLink>(
  clusters: ReadonlyArray<{ readonly id: string; readonly members: readonly string[] }>,
  links: readonly L[],
  rules: LooseTieRules<L>,
): { clusters: Array<{ id: string; members: string[] }>; dropped: L[] } {
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c.id);
  const byCluster = new Map<string, L[]>();
  for (const l of links) {
    const c = clusterOf.get(l.a)!;
    (byCluster.get(c) ?? byCluster.set(c, []).get(c)!).push(l);
  }
  const dropped = new Set<L>();
  const out: Array<{ id: string; members: string[] }> = [];
  for (const c of clusters) {
    const own = byCluster.get(c.id) ?? [];
    const loose = own.filter((l) => l.status !== 'must_link' && rules.loose(l));
    if (loose.length === 0) {
      out.push({ id: c.id, members: [...c.members] });
      continue;
    }
    const set = new Set(loose);
    const parent = new Map(c.members.map((m) => [m, m]));
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    for (const l of own) if (!set.has(l)) parent.set(find(l.a), find(l.b));
    const pieces = new Map<string, string[]>();
    for (const m of c.members) {
      const r = find(m);
      (pieces.get(r) ?? pieces.set(r, []).get(r)!).push(m);
    }
    const hasPayer = (piece: string): boolean => pieces.get(piece)!.some((m) => !rules.isAccount(m));
    // for each piece of accounts alone, the pieces with transfers its loose links reach
    const reach = new Map<string, Set<string>>();
    for (const l of loose) {
      const [acct, other] = rules.isAccount(l.a) ? [l.a, l.b] : [l.b, l.a];
      const pa = find(acct);
      const pb = find(other);
      if (pa === pb || hasPayer(pa) || !hasPayer(pb)) continue;
      (reach.get(pa) ?? reach.set(pa, new Set()).get(pa)!).add(pb);
    }
    const join = new Map<string, string>();
    for (const [pa, targets] of reach) {
      const accounts = pieces.get(pa)!;
      const scored = [...targets]
        .map((pb) => ({
          pb,
          n: rules.support(
            accounts,
            pieces.get(pb)!.filter((m) => !rules.isAccount(m)),
          ),
        }))
        .sort((x, y) => y.n - x.n);
      if (scored.length === 1 || scored[0]!.n > scored[1]!.n) join.set(pa, scored[0]!.pb);
    }
    for (const l of loose) {
      const [acct, other] = rules.isAccount(l.a) ? [l.a, l.b] : [l.b, l.a];
      if (join.get(find(acct)) !== find(other)) dropped.add(l);
    }
    const finalParent = new Map(parent);
    const root = (x: string): string => {
      let r = x;
      while (finalParent.get(r) !== r) r = finalParent.get(r)!;
      return r;
    };
    for (const [pa, pb] of join) finalParent.set(root(pa), root(pb));
    const groups = new Map<string, string[]>();
    for (const m of c.members) {
      const r = root(find(m));
      (groups.get(r) ?? groups.set(r, []).get(r)!).push(m);
    }
    for (const g of groups.values()) out.push({ id: g[0]!, members: g });
  }
  return { clusters: out, dropped: links.filter((l) => dropped.has(l)) };
}
