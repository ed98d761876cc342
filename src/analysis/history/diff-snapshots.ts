import type { EvidenceDelta, LeadChange, NetworkChange } from '../../core/change-types.ts';
import type { SnapshotNetwork, SnapshotPerson } from '../../store/history.ts';
import { matchByOverlap } from './match-by-overlap.ts';

/** Scores are stored to three decimals: a smaller difference is not a move. */
export const SCORE_EPSILON = 0.0005;

export interface PersonDiff {
  readonly new_persons: readonly { person: SnapshotPerson }[];
  readonly split_off: readonly { person: SnapshotPerson; split_from: string }[];
  readonly new_evidence: readonly {
    person: SnapshotPerson;
    previous: SnapshotPerson;
    added: EvidenceDelta;
    accounts_added: readonly string[];
    members_added: number;
    merged_from: readonly string[];
  }[];
  readonly leads: readonly {
    kind: LeadChange['kind'];
    person: SnapshotPerson | null;
    previous: SnapshotPerson | null;
    moved: LeadChange['moved'];
    merged_into: string | null;
  }[];
}

const delta = (a: SnapshotPerson, b: SnapshotPerson): EvidenceDelta => ({
  messages: Math.max(0, a.evidence.messages - b.evidence.messages),
  transfers: Math.max(0, a.evidence.transfers - b.evidence.transfers),
  ip_events: Math.max(0, a.evidence.ip_events - b.evidence.ip_events),
  locations: Math.max(0, a.evidence.locations - b.evidence.locations),
});

const byWeight = (x: SnapshotPerson | null, y: SnapshotPerson | null): number =>
  Number(y?.lead ?? false) - Number(x?.lead ?? false) ||
  (y?.score ?? 0) - (x?.score ?? 0) ||
  ((x?.person_id ?? '') < (y?.person_id ?? '') ? -1 : 1);

const KIND_ORDER: Record<LeadChange['kind'], number> = { appeared: 0, moved: 1, dropped: 2 };

/**
 * What changed between two analyses' persons: persons matched by shared members (accounts, then the
 * first payer records), so an id that changed is still the same person. New persons; known persons
 * with more records or members; leads that appeared, dropped out, or whose score, country or urgency
 * moved.
 */
export function diffPersons(before: readonly SnapshotPerson[], after: readonly SnapshotPerson[]): PersonDiff {
  const was = new Map(before.map((p) => [p.person_id, p]));
  const m = matchByOverlap(
    before.map((p) => ({ id: p.person_id, anchors: p.anchors })),
    after.map((p) => ({ id: p.person_id, anchors: p.anchors })),
  );
  const mergedFrom = new Map<string, string[]>();
  for (const [old, into] of m.mergedInto)
    (mergedFrom.get(into) ?? mergedFrom.set(into, []).get(into)!).push(old);
  const new_persons: PersonDiff['new_persons'][number][] = [];
  const split_off: PersonDiff['split_off'][number][] = [];
  const new_evidence: PersonDiff['new_evidence'][number][] = [];
  const leads: PersonDiff['leads'][number][] = [];
  for (const now of after) {
    const prevId = m.same.get(now.person_id);
    const splitFrom = m.splitFrom.get(now.person_id);
    // a person split off an earlier one is compared with it for the lead flags, but is not its continuation
    const prev = was.get(prevId ?? splitFrom ?? '');
    if (prev === undefined) {
      new_persons.push({ person: now });
      if (now.lead)
        leads.push({ kind: 'appeared', person: now, previous: null, moved: ['lead'], merged_into: null });
      continue;
    }
    if (prevId === undefined) {
      // the earlier person lives on in another; this part is a lead of its own or no lead change
      split_off.push({ person: now, split_from: prev.person_id });
      if (now.lead)
        leads.push({ kind: 'appeared', person: now, previous: prev, moved: ['lead'], merged_into: null });
      continue;
    } else {
      const known = new Set(prev.anchors);
      const accounts_added = now.anchors.filter((a) => a.startsWith('acct:') && !known.has(a));
      const added = delta(now, prev);
      const members_added = Math.max(0, now.members - prev.members);
      const merged_from = (mergedFrom.get(now.person_id) ?? []).sort();
      if (
        Object.values(added).some((n) => n > 0) ||
        accounts_added.length > 0 ||
        members_added > 0 ||
        merged_from.length > 0
      )
        new_evidence.push({ person: now, previous: prev, added, accounts_added, members_added, merged_from });
    }
    if (!now.lead && !prev.lead) continue;
    const moved: LeadChange['moved'][number][] = [];
    if (Math.abs(now.score - prev.score) > SCORE_EPSILON) moved.push('score');
    if (now.country !== prev.country) moved.push('country');
    if (now.urgent !== prev.urgent) moved.push('urgent');
    if (now.lead !== prev.lead)
      leads.push({
        kind: now.lead ? 'appeared' : 'dropped',
        person: now,
        previous: prev,
        moved: ['lead', ...moved],
        merged_into: null,
      });
    else if (moved.length > 0)
      leads.push({ kind: 'moved', person: now, previous: prev, moved, merged_into: null });
  }
  const matchedBefore = new Set(m.same.values());
  for (const prev of before)
    if (prev.lead && !matchedBefore.has(prev.person_id))
      leads.push({
        kind: 'dropped',
        person: null,
        previous: prev,
        moved: ['lead'],
        merged_into: m.mergedInto.get(prev.person_id) ?? null,
      });
  new_persons.sort((x, y) => byWeight(x.person, y.person));
  split_off.sort((x, y) => byWeight(x.person, y.person));
  new_evidence.sort((x, y) => byWeight(x.person, y.person));
  leads.sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || byWeight(x.person ?? x.previous, y.person ?? y.previous),
  );
  return { new_persons, split_off, new_evidence, leads };
}

/** Network members that stay put across analyses (accounts, receivers), not person ids. */
const stable = (members: readonly string[]): string[] => members.filter((m) => !m.startsWith('p-'));

/** New networks, networks that gained members, and networks no longer found; matched by shared members. */
export function diffNetworks(
  before: readonly SnapshotNetwork[],
  after: readonly SnapshotNetwork[],
): NetworkChange[] {
  const was = new Map(before.map((n) => [n.network_id, n]));
  const m = matchByOverlap(
    before.map((n) => ({ id: n.network_id, anchors: stable(n.members) })),
    after.map((n) => ({ id: n.network_id, anchors: stable(n.members) })),
  );
  const out: NetworkChange[] = [];
  for (const n of after) {
    const prevId = m.same.get(n.network_id);
    const prev = prevId === undefined ? undefined : was.get(prevId);
    const known = new Set(prev?.members ?? []);
    const members_added = stable(n.members).filter((x) => !known.has(x));
    if (prev === undefined || members_added.length > 0)
      out.push({
        kind: prev === undefined ? 'new' : 'grown',
        network_id: n.network_id,
        label: n.label,
        previous_network_id: prev?.network_id ?? null,
        members: n.members.length,
        members_added: prev === undefined ? [] : members_added,
      });
  }
  const matched = new Set(m.same.values());
  for (const n of before)
    if (!matched.has(n.network_id))
      out.push({
        kind: 'gone',
        network_id: n.network_id,
        label: n.label,
        previous_network_id: n.network_id,
        members: n.members.length,
        members_added: [],
      });
  const order = { new: 0, grown: 1, gone: 2 };
  return out.sort((x, y) => order[x.kind] - order[y.kind] || (x.network_id < y.network_id ? -1 : 1));
}
