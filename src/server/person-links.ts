import type { PersonLink } from '../store/analysis.ts';
import type { Store } from '../store/store.ts';
import { analysisSnapshot, type AnalysisSnapshot } from './analysis-snapshot.ts';
import { strongestLinks } from './strongest-links.ts';

export interface PersonLinks {
  readonly links: readonly PersonLink[];
  readonly total: number;
}

const cache = new WeakMap<AnalysisSnapshot, Map<string, Promise<PersonLinks>>>();
const MAX_CACHED = 2000;

/**
 * A person's strongest links (fields that compared nothing left out), computed once per analysis:
 * a large person has tens of thousands of pairwise links to read.
 */
export async function personLinks(store: Store, personId: string): Promise<PersonLinks> {
  const snap = await analysisSnapshot(store);
  const byPerson = cache.get(snap) ?? cache.set(snap, new Map()).get(snap)!;
  const hit = byPerson.get(personId);
  if (hit !== undefined) return hit;
  if (byPerson.size >= MAX_CACHED) byPerson.clear();
  const value = store.analysis.links(personId).then((all) => ({
    total: all.length,
    links: strongestLinks(all).map((l) => ({
      ...l,
      breakdown: l.breakdown.filter((f) => f.level !== 'missing'),
    })),
  }));
  byPerson.set(personId, value);
  value.catch(() => byPerson.delete(personId));
  return value;
}
