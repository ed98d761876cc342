import type { PersonAnalysis } from '../store/analysis.ts';
import type { AnalysisSnapshot } from './analysis-snapshot.ts';
import type { ProfileRecords } from './read-model/case-reader.ts';
import type { Services } from './services.ts';

const MAX_EVIDENCE_MESSAGES = 200;
const MAX_IP_EVENTS = 500;
/** Persons whose records are kept per analysis; the least recently viewed go first. */
const MAX_CACHED = 1000;

const cache = new WeakMap<AnalysisSnapshot, Map<string, Promise<ProfileRecords>>>();

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
 * A profile's transfers, IP events, evidence messages and strongest links, read on a reader thread
 * (s.reader) and kept until the next analysis: they change only when the case does. The event loop
 * only waits for the answer; a person viewed again is answered from memory.
 */
export function personRecords(
  s: Services,
  snap: AnalysisSnapshot,
  person: PersonAnalysis,
): Promise<ProfileRecords> {
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
  const value = s.reader.profileRecords({
    personId: id,
    transactions: person.transactions,
    accounts: person.accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
    messageIds: evidenceMessageIds(person),
    maxIpEvents: MAX_IP_EVENTS,
  });
  byPerson.set(id, value);
  value.catch(() => {
    if (byPerson.get(id) === value) byPerson.delete(id);
  });
  return value;
}
