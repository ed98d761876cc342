import { VigilError } from '../core/errors.ts';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot, type AnalysisSnapshot } from './analysis-snapshot.ts';
import type { AuditAction } from './audit.service.ts';
import type { PersonProfile } from './person-profile.ts';
import { personRecords, type ProfileStatic } from './person-records.ts';
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

/** The part of a profile read fresh on every request. */
type ProfileReview = Omit<PersonProfile, keyof ProfileStatic>;

/**
 * Assembles the profile as JSON: the person, transfers, IP events, evidence messages and links
 * (read on a reader thread once per analysis and kept serialised, person-records.ts), then the
 * review, comments, history and decisions, read fresh. The view is audited before the answer goes
 * out. The text is a PersonProfile.
 */
export async function personProfileJson(
  s: Services,
  user: User,
  id: string,
  what: 'lead' | 'person',
): Promise<string> {
  const snap = await analysisSnapshot(s.store);
  const person = await attributedPerson(s, user, id, what, snap);
  const [cached, review, comments, history, decisions] = await Promise.all([
    personRecords(s.reader, snap, person),
    s.store.reviews.review(person.person_id),
    s.store.reviews.comments(person.person_id),
    s.store.reviews.history(person.person_id),
    s.store.analysis.decisions(),
  ]);
  const members = new Set(cached.value.members);
  const action: AuditAction = what === 'lead' ? 'lead.view' : 'person.view';
  await s.audit.record(user.username, action, `${what}:${person.person_id}`, {
    version: review.version,
    country: person.country,
  });
  const fresh: ProfileReview = {
    review,
    comments,
    history,
    decisions: decisions.filter((d) => members.has(d.a) || members.has(d.b)),
  };
  return `${cached.jsonOpen()},${JSON.stringify(fresh).slice(1)}`;
}
