import { z } from 'zod';
import { changesSince } from '../analysis/history/changes-since.ts';
import type { ChangedPerson, ChangeList } from '../core/change-types.ts';
import type { User } from '../store/users.ts';
import { mayReadNetwork, networkReach } from './networks.access.ts';
import { parseInput } from './parse-input.ts';
import type { Services } from './services.ts';

export const ChangesQuery = z.object({ since: z.coerce.number().int().min(1).optional() });

export interface ChangeRuns {
  /** Ingest runs, newest first, each with whether an analysis since then can be compared. */
  readonly runs: readonly {
    readonly id: number;
    readonly started_at: number;
    readonly status: string;
    readonly comparable: boolean;
  }[];
  readonly analyses: number;
}

/** GET /api/changes/runs: the ingest runs a change list can be asked about. */
export async function changeRuns(s: Services, user: User): Promise<ChangeRuns> {
  s.access.require(user, 'leads.read');
  const [runs, snapshots] = await Promise.all([s.store.runs(), s.store.history.snapshots()]);
  const latest = snapshots.at(-1)?.last_run ?? 0;
  return {
    runs: [...runs].reverse().map((r) => ({
      id: r.id,
      started_at: r.started_at,
      status: r.status,
      comparable: r.id <= latest && snapshots.some((x) => (x.last_run ?? 0) < r.id),
    })),
    analyses: snapshots.length,
  };
}

/**
 * GET /api/changes?since=RUN: the change list (`vigil diff --since RUN`), audited. Staff see it
 * whole; a liaison sees the persons attributed (now or before) to their countries, and the networks
 * they may see (networks.access.ts).
 */
export async function changes(s: Services, user: User, input: unknown): Promise<ChangeList> {
  const q = parseInput(ChangesQuery, input);
  s.access.require(user, 'leads.read');
  const all = await changesSince(s.store, q.since);
  const reach = await networkReach(s, user);
  let out = all;
  if (!reach.all) {
    const mine = (...ps: (ChangedPerson | null)[]): boolean =>
      ps.some(
        (p) => p !== null && p.role !== 'seller' && p.country !== null && reach.countries.has(p.country),
      );
    const visible = new Set(
      (await s.store.networks.all()).filter((n) => mayReadNetwork(reach, n)).map((n) => n.network_id),
    );
    const leads = all.leads.filter((l) => mine(l.person, l.previous));
    const networks = all.networks?.filter((n) => visible.has(n.network_id)) ?? null;
    out = {
      ...all,
      new_persons: all.new_persons.filter((n) => mine(n.person)),
      split_off: all.split_off.filter((n) => mine(n.person)),
      new_evidence: all.new_evidence.filter((e) => mine(e.person)),
      leads,
      networks,
      counts: {
        new_persons: all.new_persons.filter((n) => mine(n.person)).length,
        split_off: all.split_off.filter((n) => mine(n.person)).length,
        new_evidence: all.new_evidence.filter((e) => mine(e.person)).length,
        leads_appeared: leads.filter((l) => l.kind === 'appeared').length,
        leads_dropped: leads.filter((l) => l.kind === 'dropped').length,
        leads_moved: leads.filter((l) => l.kind === 'moved').length,
        new_networks: networks === null ? null : networks.filter((n) => n.kind === 'new').length,
      },
    };
  }
  await s.audit.record(user.username, 'changes.view', `changes:since:${out.since_run}`, {
    baseline: out.baseline.snapshot,
    current: out.current.snapshot,
  });
  return out;
}
