import type { PersonLink } from '../store/analysis.ts';

/**
 * The links that explain a person without listing every pair: a maximum spanning tree over the
 * members (the strongest chain that holds each member in), plus every bridge link, at most `cap`.
 * A person of 300 payer records has tens of thousands of pairwise links; this keeps ≤ 299.
 */
export function strongestLinks<L extends Pick<PersonLink, 'a' | 'b' | 'weight' | 'bridge'>>(
  links: readonly L[],
  cap = 400,
): L[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (y !== r) {
      const next = parent.get(y) ?? r;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const kept: L[] = [];
  for (const l of [...links].sort((a, b) => b.weight - a.weight)) {
    const ra = find(l.a);
    const rb = find(l.b);
    if (ra !== rb) {
      parent.set(ra, rb);
      if (!parent.has(rb)) parent.set(rb, rb);
      kept.push(l);
    } else if (l.bridge) kept.push(l);
  }
  return kept.slice(0, cap);
}
