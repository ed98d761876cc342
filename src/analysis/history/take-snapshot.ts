import type { SnapshotInfo, SnapshotNetwork, SnapshotPerson } from '../../store/history.ts';
import type { Store } from '../../store/store.ts';
import { anchorsOf, memberIds, memberKey } from './person-members.ts';

const key = (platform: unknown, handle: unknown): string => `${String(platform)}:${String(handle)}`;

/** Records of one kind per account (`platform:handle`), in one pass. */
async function perAccount(store: Store, kind: 'ip_events' | 'locations'): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const r of store.records(kind)) {
    const k = key(r.platform, r.handle);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The networks as the latest networks snapshot holds them; null when no analysis made any. */
async function networksNow(store: Store): Promise<SnapshotNetwork[] | null> {
  if ((await store.networks.snapshots()).length === 0) return null;
  return (await store.networks.all()).map((n) => ({
    network_id: n.network_id,
    label: n.name,
    members: [
      ...new Set([
        ...n.members.map((m) => m.member_id),
        ...n.accounts.map((a) => `acct:${a.platform}:${a.handle}`),
      ]),
    ].sort(),
  }));
}

/**
 * Records what the case's analysis now says, compactly, as a snapshot in the history: every person
 * (members, score, country, flags, evidence counts) and every network (members). `startedAt` is
 * when the analysis began: the snapshot covers the ingest runs that had started by then.
 */
export async function takeSnapshot(store: Store, startedAt: number): Promise<SnapshotInfo> {
  const persons = await store.analysis.persons();
  const profiles = await store.analysis.profiles();
  const runs = await store.runs();
  // one scan at a time: a backend may stream both from the same read connection
  const ipEvents = await perAccount(store, 'ip_events');
  const locations = await perAccount(store, 'locations');
  const networks = await networksNow(store);
  const messages = new Map(profiles.map((p) => [key(p.platform, p.handle), p.sent + p.received]));
  const covered = runs.filter((r) => r.started_at <= startedAt).map((r) => r.id);
  const sum = (p: (typeof persons)[number], counts: ReadonlyMap<string, number>): number =>
    p.accounts.reduce((n, a) => n + (counts.get(key(a.platform, a.handle)) ?? 0), 0);
  const rows: SnapshotPerson[] = persons.map((p) => {
    const members = memberIds(p);
    return {
      person_id: p.person_id,
      member_key: memberKey(members),
      members: members.length,
      anchors: anchorsOf(members),
      name: p.names[0] ?? null,
      role: p.role,
      score: p.score,
      culpability: p.culpability,
      actionability: p.actionability,
      country: p.country,
      lead: p.lead,
      urgent: p.urgent,
      rank: p.rank,
      evidence: {
        messages: sum(p, messages),
        transfers: p.transactions.length,
        ip_events: sum(p, ipEvents),
        locations: sum(p, locations),
      },
    };
  });
  return store.history.record({
    taken_at: Date.now(),
    started_at: startedAt,
    last_run: covered.length === 0 ? null : Math.max(...covered),
    persons: rows,
    networks,
  });
}
