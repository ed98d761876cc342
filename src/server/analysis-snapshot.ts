import type { PersonAnalysis } from '../store/analysis.ts';
import type { Store } from '../store/store.ts';
import { accountKey } from './message-scope.ts';

/**
 * What the lead screens read of the analysis, loaded once per analysis run and shared by every
 * request until the next `vigil analyze`: every scored non-seller person (the queue). A person's
 * records (transfers, IP events) are read by index when needed (person-records.ts), never the
 * whole tables.
 */
export interface AnalysisSnapshot {
  /** When the analysis finished; a new value means a new snapshot. */
  readonly analysedAt: number | null;
  /** Every scored non-seller person, in rank order. */
  readonly leads: readonly PersonAnalysis[];
  readonly byId: ReadonlyMap<string, PersonAnalysis>;
  /** accountKey(platform, handle) → the lead (queue person) holding that account. */
  readonly byAccount: ReadonlyMap<string, PersonAnalysis>;
}

interface Cached<T> {
  readonly key: number | null;
  readonly value: Promise<T>;
}

const leadsCache = new WeakMap<Store, Cached<AnalysisSnapshot>>();

async function cached<T>(
  cache: WeakMap<Store, Cached<T>>,
  store: Store,
  load: (analysedAt: number | null) => Promise<T>,
): Promise<T> {
  // Read only: caseInfo also makes sure the case has an id, a write that waits for the write lock.
  const analysedAt =
    store.analysedAt === undefined ? (await store.caseInfo()).analysedAt : await store.analysedAt();
  const hit = cache.get(store);
  if (hit !== undefined && hit.key === analysedAt) return hit.value;
  const value = load(analysedAt);
  cache.set(store, { key: analysedAt, value });
  value.catch(() => {
    if (cache.get(store)?.value === value) cache.delete(store);
  });
  return value;
}

/** The queue's persons, cached until the next analysis. */
export function analysisSnapshot(store: Store): Promise<AnalysisSnapshot> {
  return cached(leadsCache, store, async (analysedAt) => {
    const leads = await store.analysis.leads({ all: true });
    const byAccount = new Map<string, PersonAnalysis>();
    for (const p of leads) for (const a of p.accounts) byAccount.set(accountKey(a.platform, a.handle), p);
    return { analysedAt, leads, byId: new Map(leads.map((p) => [p.person_id, p])), byAccount };
  });
}

const partnersCache = new WeakMap<Store, Cached<ReadonlyMap<string, Readonly<Record<string, number>>>>>();

/** Each account's chat partners (`platform:handle` → messages), cached until the next analysis. */
export function partnerSnapshot(
  store: Store,
): Promise<ReadonlyMap<string, Readonly<Record<string, number>>>> {
  return cached(partnersCache, store, async () => {
    const profiles = await store.analysis.profiles();
    return new Map(profiles.map((p) => [accountKey(p.platform, p.handle), p.partners]));
  });
}
