import type { ChangedPerson, ChangeList, ReviewState, SnapshotRef } from '../../core/change-types.ts';
import type { Decision } from '../../core/analysis-types.ts';
import { VigilError } from '../../core/errors.ts';
import type { SnapshotInfo, SnapshotPerson } from '../../store/history.ts';
import type { LeadReview } from '../../store/reviews.ts';
import type { Store } from '../../store/store.ts';
import { diffNetworks, diffPersons } from './diff-snapshots.ts';

export interface ChangeBase {
  readonly runId: number;
  readonly baseline: SnapshotInfo;
  readonly current: SnapshotInfo;
}

/**
 * Which two analyses "since ingest run RUN" compares: the baseline is the last analysis that
 * started before run RUN started (it cannot have seen that run's records); the current one is the
 * latest analysis, which must have started after run RUN did. Without RUN, the newest ingest run.
 */
export async function changeBase(store: Store, runId?: number): Promise<ChangeBase> {
  const runs = await store.runs();
  const id = runId ?? runs.at(-1)?.id;
  if (id === undefined)
    throw new VigilError('Nothing has been ingested into this case yet.', 404, 'not_found');
  if (!runs.some((r) => r.id === id))
    throw new VigilError(
      `There is no ingest run ${id} in this case (runs ${runs[0]!.id} to ${runs.at(-1)!.id}; vigil ingest --json prints each run_id).`,
      404,
      'not_found',
    );
  const snapshots = await store.history.snapshots();
  const current = snapshots.at(-1);
  if (current === undefined || (current.last_run ?? 0) < id)
    throw new VigilError(
      `The case has not been analysed since ingest run ${id}: run vigil analyze, then ask again.`,
      409,
      'not_analysed',
    );
  const baseline = snapshots.filter((s) => (s.last_run ?? 0) < id).at(-1);
  if (baseline === undefined)
    throw new VigilError(
      `No analysis was recorded before ingest run ${id}, so there is nothing to compare it with.`,
      404,
      'no_baseline',
    );
  return { runId: id, baseline, current };
}

const ref = (s: SnapshotInfo): SnapshotRef => ({
  snapshot: s.id,
  taken_at: s.taken_at,
  last_run: s.last_run,
});

const shown = (p: SnapshotPerson): ChangedPerson => ({
  person_id: p.person_id,
  name: p.name,
  role: p.role,
  score: p.score,
  country: p.country,
  lead: p.lead,
  urgent: p.urgent,
  rank: p.rank,
  accounts: p.anchors.filter((a) => a.startsWith('acct:')).map((a) => a.slice(5)),
});

/** The review of a lead, found under its current id or else under the id it had before. */
function reviewOf(
  reviews: ReadonlyMap<string, LeadReview>,
  now: SnapshotPerson | null,
  prev: SnapshotPerson | null,
): ReviewState | null {
  for (const [p, earlier] of [
    [now, false],
    [prev, true],
  ] as const) {
    const r = p === null ? undefined : reviews.get(p.person_id);
    if (r !== undefined)
      return {
        person_id: r.person_id,
        status: r.status,
        assignee: r.assignee,
        version: r.version,
        under_previous_id: earlier && r.person_id !== now?.person_id,
      };
  }
  return null;
}

function decisionCount(decisions: readonly Decision[], ...persons: (SnapshotPerson | null)[]): number {
  const members = new Set(persons.flatMap((p) => p?.anchors ?? []));
  return decisions.filter((d) => members.has(d.a) || members.has(d.b)).length;
}

/**
 * The change list since ingest run `runId` (default: the newest): new persons, known persons with
 * new evidence, leads that appeared, dropped out or moved (with the review each carries), and new
 * networks. Nothing is changed; reviews and decisions are only read.
 */
export async function changesSince(store: Store, runId?: number): Promise<ChangeList> {
  const base = await changeBase(store, runId);
  const [before, after, reviews, decisions] = await Promise.all([
    store.history.persons(base.baseline.id),
    store.history.persons(base.current.id),
    store.reviews.reviews(),
    store.analysis.decisions(),
  ]);
  const d = diffPersons(before, after);
  const networks =
    base.baseline.networks === null || base.current.networks === null
      ? null
      : diffNetworks(
          await store.history.networks(base.baseline.id),
          await store.history.networks(base.current.id),
        );
  const leads = d.leads.map((l) => ({
    kind: l.kind,
    person: l.person === null ? null : shown(l.person),
    previous: l.previous === null ? null : shown(l.previous),
    moved: l.moved,
    merged_into: l.merged_into,
    review: reviewOf(reviews, l.person, l.previous),
    decisions: decisionCount(decisions, l.person, l.previous),
  }));
  return {
    since_run: base.runId,
    baseline: ref(base.baseline),
    current: ref(base.current),
    counts: {
      new_persons: d.new_persons.length,
      split_off: d.split_off.length,
      new_evidence: d.new_evidence.length,
      leads_appeared: leads.filter((l) => l.kind === 'appeared').length,
      leads_dropped: leads.filter((l) => l.kind === 'dropped').length,
      leads_moved: leads.filter((l) => l.kind === 'moved').length,
      new_networks: networks === null ? null : networks.filter((n) => n.kind === 'new').length,
    },
    new_persons: d.new_persons.map((n) => ({ person: shown(n.person) })),
    split_off: d.split_off.map((n) => ({ person: shown(n.person), split_from: n.split_from })),
    new_evidence: d.new_evidence.map((e) => ({
      person: shown(e.person),
      previous_person_id: e.previous.person_id,
      added: e.added,
      accounts_added: e.accounts_added.map((a) => a.slice(5)),
      members_added: e.members_added,
      merged_from: e.merged_from,
      review: reviewOf(reviews, e.person, e.previous),
    })),
    leads,
    networks,
  };
}
