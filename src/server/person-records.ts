import type { PersonProfile } from '../core/person-profile-types.ts';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { AnalysisSnapshot } from './analysis-snapshot.ts';
import { membersOf } from './person-profile.ts';
import type { CaseReader } from './read-model/case-reader.ts';

/** The part of a profile that changes only with a new analysis (or ingest). */
export type ProfileStatic = Pick<
  PersonProfile,
  | 'person'
  | 'members'
  | 'in_queue'
  | 'links'
  | 'links_total'
  | 'transfers'
  | 'ip_events'
  | 'evidence_messages'
>;

/** That part, and its JSON without the closing brace (the request appends the review part). */
export interface CachedProfile {
  readonly value: ProfileStatic;
  /** Serialised on first use (a profile read ahead and never opened is never serialised). */
  jsonOpen(): string;
}

function cachedProfile(value: ProfileStatic): CachedProfile {
  let json: string | undefined;
  return { value, jsonOpen: () => (json ??= JSON.stringify(value).slice(0, -1)) };
}

const MAX_EVIDENCE_MESSAGES = 200;
const MAX_IP_EVENTS = 500;
/** Persons whose records are kept per analysis; the least recently viewed go first. */
const MAX_CACHED = 1000;

const cache = new WeakMap<AnalysisSnapshot, Map<string, Promise<CachedProfile>>>();

/** The message ids a person's reasons and identifiers name as evidence (at most 200). */
export const evidenceMessageIds = (p: PersonAnalysis): string[] =>
  [
    ...new Set(
      [...p.reasons.flatMap((r) => r.evidence), ...p.identifiers.flatMap((i) => i.evidence)]
        .filter((e) => e.kind === 'message')
        .map((e) => e.id),
    ),
  ].slice(0, MAX_EVIDENCE_MESSAGES);

/**
 * A profile's person, members, transfers, IP events, evidence messages and strongest links — the
 * records read on a reader thread (s.reader) — kept, with their JSON, until the next analysis: they
 * change only when the case does. The event loop only waits for the answer; a person viewed again
 * is answered from memory and not serialised again.
 */
export function personRecords(
  reader: CaseReader,
  snap: AnalysisSnapshot,
  person: PersonAnalysis,
): Promise<CachedProfile> {
  const byPerson = cache.get(snap) ?? cache.set(snap, new Map()).get(snap)!;
  const id = person.person_id;
  const hit = byPerson.get(id);
  if (hit !== undefined) {
    // Most recently viewed last: a Map iterates in insertion order, so the first is the oldest.
    byPerson.delete(id);
    byPerson.set(id, hit);
    return hit;
  }
  if (byPerson.size >= MAX_CACHED) byPerson.delete(byPerson.keys().next().value!);
  const value = reader
    .profileRecords({
      personId: id,
      transactions: person.transactions,
      accounts: person.accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
      messageIds: evidenceMessageIds(person),
      maxIpEvents: MAX_IP_EVENTS,
    })
    .then((records): CachedProfile => {
      const v: ProfileStatic = {
        person,
        members: membersOf(person),
        in_queue: snap.byId.has(id),
        ...records,
      };
      return cachedProfile(v);
    });
  byPerson.set(id, value);
  value.catch(() => {
    if (byPerson.get(id) === value) byPerson.delete(id);
  });
  return value;
}

/**
 * Reads ahead, one person at a time (so at most one reader thread is busy with it), the records of
 * the persons investigators open first — the leads, then the queue in rank order — up to the
 * number kept, so their first view is answered from memory. Stops early when `stopped()` says so
 * (the server closing, or a newer analysis). Returns how many it read.
 */
export async function readAhead(
  reader: CaseReader,
  snap: AnalysisSnapshot,
  stopped: () => boolean,
  count = MAX_CACHED,
): Promise<number> {
  const order = [...snap.leads.filter((p) => p.lead), ...snap.leads.filter((p) => !p.lead)].slice(0, count);
  let n = 0;
  for (const p of order) {
    if (stopped()) break;
    await personRecords(reader, snap, p);
    n++;
  }
  return n;
}
