import { VigilError } from '../core/errors.ts';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot, type AnalysisSnapshot } from './analysis-snapshot.ts';
import type { AuditAction } from './audit.service.ts';
import { membersOf, type PersonProfile } from './person-profile.ts';
import { personRecords } from './person-records.ts';
import type { Services } from './services.ts';

/**
 * The person (or lead) behind an id, if this user may see it. A liaison asking for anything outside
 * their countries — or for an id that does not exist — is refused alike and the refusal audited.
 */
export async function attributedPerson(
  s: Services,
  user: User,
  id: string,
  what: 'lead' | 'person',
  snapshot?: AnalysisSnapshot,
): Promise<PersonAnalysis> {
  s.access.require(user, 'leads.read');
  const snap = snapshot ?? (await analysisSnapshot(s.store));
  const person = snap.byId.get(id) ?? (what === 'person' ? await s.store.analysis.person(id) : undefined);
  const country = person?.country ?? null;
  const countries = country === null ? [] : [country];
  const allowed =
    person === undefined ? user.role !== 'liaison' : s.access.mayReadAttributed(user, countries);
  if (!allowed) {
    await s.audit.record(user.username, 'access.refused', `${what}:${id}`, {});
    // The refusal names neither the country nor whether the id exists.
    throw new VigilError(
      `This ${what} is not attributed to your countries (${user.countries.join(', ')}).`,
      403,
      'need_to_know',
    );
  }
  if (person === undefined) throw new VigilError(`There is no ${what} ${id}.`, 404, 'not_found');
  return person;
}

/**
 * Assembles the profile: identity, evidence, transfers, IP events, links, decisions and review. The
 * records part (transfers, IP events, evidence messages, links) is read on a reader thread and kept
 * per analysis (person-records.ts); the review part is read fresh; the view is audited before the
 * answer goes out.
 */
export async function personProfile(
  s: Services,
  user: User,
  id: string,
  what: 'lead' | 'person',
): Promise<PersonProfile> {
  const snap = await analysisSnapshot(s.store);
  const person = await attributedPerson(s, user, id, what, snap);
  const members = membersOf(person);
  const memberSet = new Set(members);
  const [records, review, comments, history, decisions] = await Promise.all([
    personRecords(s, snap, person),
    s.store.reviews.review(person.person_id),
    s.store.reviews.comments(person.person_id),
    s.store.reviews.history(person.person_id),
    s.store.analysis.decisions(),
  ]);
  const action: AuditAction = what === 'lead' ? 'lead.view' : 'person.view';
  await s.audit.record(user.username, action, `${what}:${person.person_id}`, {
    version: review.version,
    country: person.country,
  });
  return {
    person,
    members,
    in_queue: snap.byId.has(person.person_id),
    review,
    comments,
    history,
    links: records.links,
    links_total: records.links_total,
    decisions: decisions.filter((d) => memberSet.has(d.a) || memberSet.has(d.b)),
    transfers: records.transfers,
    ip_events: records.ip_events,
    evidence_messages: records.evidence_messages,
  };
}
