import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import type { LeadSummary } from '../core/lead-types.ts';
import { REVIEW_STATUSES, type LeadReview, type ReviewStatus } from '../store/reviews.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot } from './analysis-snapshot.ts';
import { pageOf, QueueQuery, type LeadPage } from './lead-queue.ts';
import { sortedQueue } from './lead-queue-cache.ts';
import { checkTransition } from './lead-workflow.ts';
import { parseInput } from './parse-input.ts';
import { attributedPerson, personProfileJson } from './person.service.ts';
import type { Services } from './services.ts';

/** The queue's persons this user may see: all for staff, their countries' for a liaison. */
async function visibleLeads(s: Services, user: User) {
  s.access.require(user, 'leads.read');
  const { leads } = await analysisSnapshot(s.store);
  return user.role === 'liaison'
    ? leads.filter((p) => p.country !== null && s.access.mayReadAttributed(user, [p.country]))
    : leads;
}

/** GET /api/leads: every scored non-seller person in scope, filtered, sorted and paged. */
export async function leadQueue(s: Services, user: User, input: unknown): Promise<LeadPage> {
  const q = parseInput(QueueQuery, input);
  s.access.require(user, 'leads.read');
  const [snap, reviews] = await Promise.all([analysisSnapshot(s.store), s.store.reviews.reviews()]);
  const sorted = sortedQueue(snap, reviews, q.sort, q.dir);
  return pageOf(
    user.role === 'liaison'
      ? sorted.filter((r) => r.country !== null && s.access.mayReadAttributed(user, [r.country]))
      : sorted,
    q,
  );
}

export type { LeadSummary };

/** GET /api/leads/summary: the dashboard's sprint progress, within the user's scope. */
export async function leadSummary(s: Services, user: User): Promise<LeadSummary> {
  const [leads, reviews] = await Promise.all([visibleLeads(s, user), s.store.reviews.reviews()]);
  const by_status = Object.fromEntries(REVIEW_STATUSES.map((st) => [st, 0])) as Record<ReviewStatus, number>;
  const countries = new Map<string, { count: number; leads: number }>();
  for (const p of leads) {
    const st = reviews.get(p.person_id)?.status ?? 'new';
    by_status[st] = (by_status[st] ?? 0) + 1;
    if (p.country === null) continue;
    const c = countries.get(p.country) ?? { count: 0, leads: 0 };
    c.count++;
    if (p.lead) c.leads++;
    countries.set(p.country, c);
  }
  return {
    total: leads.length,
    leads: leads.filter((p) => p.lead).length,
    urgent: leads.filter((p) => p.urgent).length,
    by_status,
    by_country: [...countries]
      .map(([country, c]) => ({ country, ...c }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
  };
}

/** GET /api/leads/:id — the full profile as JSON text (a PersonProfile), audited as a lead view. */
export function leadByIdJson(s: Services, user: User, id: string): Promise<string> {
  return personProfileJson(s, user, id, 'lead');
}

export const ReviewUpdate = z.object({
  /** The version the user read; a different current version is a 409. */
  version: z.number().int().min(0),
  status: z.enum(REVIEW_STATUSES).optional(),
  reason: z.string().trim().max(2000).optional(),
  assignee: z.string().trim().min(1).max(64).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  comment: z.string().trim().min(1).max(4000).optional(),
});

/** POST /api/leads/:id/review: status, assignment, tags or a comment, refused when stale (liaisons: comments only). */
export async function updateReview(s: Services, user: User, id: string, input: unknown): Promise<LeadReview> {
  const change = parseInput(ReviewUpdate, input);
  // Liaisons may comment on their countries' leads; status, assignment and tags are staff work.
  const commentOnly =
    change.comment !== undefined &&
    change.status === undefined &&
    change.assignee === undefined &&
    change.tags === undefined;
  if (!commentOnly) s.access.require(user, 'leads.decide');
  const person = await attributedPerson(s, user, id, 'lead');
  const snap = await analysisSnapshot(s.store);
  if (!snap.byId.has(id))
    throw new VigilError(`${id} is not in the lead queue (a seller or unscored person).`, 422, 'not_a_lead');
  const current = await s.store.reviews.review(id);
  if (change.status !== undefined && current.version === change.version)
    checkTransition(current.status, change.status, change.reason);
  if (change.assignee !== undefined && change.assignee !== null) {
    const users = await s.store.users.list();
    if (!users.some((u) => u.username === change.assignee && !u.disabled))
      throw new VigilError(`There is no active user ${change.assignee} to assign.`, 422, 'no_such_user');
  }
  let review: LeadReview;
  try {
    review = await s.store.reviews.update(id, change.version, user.username, change);
  } catch (e) {
    if (e instanceof VigilError && e.code === 'stale')
      await s.audit.record(user.username, 'lead.update.refused', `lead:${id}`, {
        version: change.version,
        reason: 'stale',
      });
    throw e;
  }
  const { version: _read, ...fields } = change;
  await s.audit.record(user.username, 'lead.update', `lead:${id}`, { ...fields, version: review.version });
  s.bus.publish({
    type: 'lead.updated',
    data: {
      person_id: id,
      version: review.version,
      status: review.status,
      assignee: review.assignee,
      by: user.username,
    },
    audience: person.country === null ? 'staff' : { countries: [person.country] },
  });
  return review;
}

/** GET /api/leads/assignees: who a lead may be assigned to (active staff). */
export async function assignees(s: Services, user: User): Promise<readonly string[]> {
  s.access.require(user, 'leads.read');
  const users = await s.store.users.list();
  return users.filter((u) => !u.disabled && u.role !== 'liaison').map((u) => u.username);
}
