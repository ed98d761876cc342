import { VigilError } from '../core/errors.ts';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot, recordSnapshot } from './analysis-snapshot.ts';
import type { AuditAction } from './audit.service.ts';
import { accountKey } from './message-scope.ts';
import {
  membersOf,
  type PersonProfile,
  type ProfileIpEvent,
  type ProfileTransfer,
} from './person-profile.ts';
import type { Services } from './services.ts';
import { personLinks } from './person-links.ts';

const MAX_EVIDENCE_MESSAGES = 200;
const MAX_IP_EVENTS = 500;

/**
 * The person (or lead) behind an id, if this user may see it. A liaison asking for anything outside
 * their countries — or for an id that does not exist — is refused alike and the refusal audited.
 */
export async function attributedPerson(
  s: Services,
  user: User,
  id: string,
  what: 'lead' | 'person',
): Promise<PersonAnalysis> {
  s.access.require(user, 'leads.read');
  const snap = await analysisSnapshot(s.store);
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

/** Assembles the profile: identity, evidence, transfers, IP events, links, decisions and review. */
export async function personProfile(
  s: Services,
  user: User,
  id: string,
  what: 'lead' | 'person',
): Promise<PersonProfile> {
  const person = await attributedPerson(s, user, id, what);
  const snap = await analysisSnapshot(s.store);
  const records = await recordSnapshot(s.store);
  const members = membersOf(person);
  const memberSet = new Set(members);
  const transfers: ProfileTransfer[] = person.transactions
    .map((t) => records.transactions.get(t))
    .filter((r) => r !== undefined)
    .map((r) => ({
      transaction_id: r.transaction_id as string,
      provider: r.provider as string,
      sent_at: r.sent_at as number,
      amount: r.amount as string,
      currency: r.currency as string,
      sender_name: r.sender_name as string | null,
      sender_country: r.sender_country as string | null,
      receiver_name: r.receiver_name as string | null,
      receiver_country: r.receiver_country as string | null,
      source: { file_sha256: r.file_sha256, line: r.line },
    }))
    .sort((a, b) => a.sent_at - b.sent_at);
  const ip_events: ProfileIpEvent[] = person.accounts
    .flatMap((a) => records.ipEvents.get(accountKey(a.platform, a.handle)) ?? [])
    .map((r) => ({
      platform: r.platform as string,
      handle: r.handle as string,
      ip: r.ip as string,
      seen_at: r.seen_at as number,
      event: r.event as string | null,
      source: { file_sha256: r.file_sha256, line: r.line },
    }))
    .sort((a, b) => a.seen_at - b.seen_at)
    .slice(-MAX_IP_EVENTS);
  const messageIds = [
    ...new Set(
      [...person.reasons.flatMap((r) => r.evidence), ...person.identifiers.flatMap((i) => i.evidence)]
        .filter((e) => e.kind === 'message')
        .map((e) => e.id),
    ),
  ].slice(0, MAX_EVIDENCE_MESSAGES);
  const evidence_messages = await s.reader.evidenceMessages(messageIds);
  const [review, comments, history, links, decisions] = await Promise.all([
    s.store.reviews.review(person.person_id),
    s.store.reviews.comments(person.person_id),
    s.store.reviews.history(person.person_id),
    personLinks(s.store, person.person_id),
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
    links: links.links,
    links_total: links.total,
    decisions: decisions.filter((d) => memberSet.has(d.a) || memberSet.has(d.b)),
    transfers,
    ip_events,
    evidence_messages,
  };
}
