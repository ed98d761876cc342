import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import type { Decision } from '../store/analysis.ts';
import type { User } from '../store/users.ts';
import { parseInput } from './parse-input.ts';
import { membersOf } from './person-profile.ts';
import type { Services } from './services.ts';

export const DecisionInput = z.object({
  kind: z.enum(['confirm', 'split', 'merge']),
  /** Member ids (`acct:platform:handle`, `tx:id`); for a merge, person ids (`p-…`) are accepted too. */
  a: z.string().trim().min(3).max(300),
  b: z.string().trim().min(3).max(300),
  note: z.string().trim().max(2000).optional(),
});

export interface DecisionResult {
  readonly decision: Decision;
  readonly message: string;
}

/** A person id stands for its first member (merges); a member id stands for itself. */
async function memberFor(s: Services, id: string): Promise<{ member: string; person: string }> {
  if (id.startsWith('p-')) {
    const p = await s.store.analysis.person(id);
    const first = p === undefined ? undefined : membersOf(p)[0];
    if (first === undefined) throw new VigilError(`There is no person ${id}.`, 404, 'not_found');
    return { member: first, person: id };
  }
  const person = await s.store.analysis.personOf(id);
  if (person === undefined)
    throw new VigilError(`${id} belongs to no person in this case.`, 404, 'not_found');
  return { member: id, person };
}

/**
 * POST /api/decisions: confirm a link, split a person (the two members must never be linked) or
 * merge two persons. Stored by member id and applied on the next `vigil analyze`.
 */
export async function addDecision(s: Services, user: User, input: unknown): Promise<DecisionResult> {
  const d = parseInput(DecisionInput, input);
  s.access.require(user, 'leads.decide');
  const [a, b] = await Promise.all([memberFor(s, d.a), memberFor(s, d.b)]);
  if (a.member === b.member) throw new VigilError('Choose two different members.', 422, 'same_member');
  if (d.kind === 'split' && a.person !== b.person)
    throw new VigilError('A split separates two members of the same person.', 422, 'not_same_person');
  if (d.kind === 'merge' && a.person === b.person)
    throw new VigilError('These already belong to one person.', 422, 'same_person');
  const decision = await s.store.analysis.addDecision({
    kind: d.kind,
    a: a.member,
    b: b.member,
    user: user.username,
    note: d.note ?? null,
  });
  await s.audit.record(user.username, 'decision', `decision:${decision.id}`, {
    kind: d.kind,
    a: a.member,
    b: b.member,
    persons: [...new Set([a.person, b.person])],
    note: d.note ?? null,
  });
  for (const person of new Set([a.person, b.person]))
    s.bus.publish({
      type: 'lead.updated',
      data: { person_id: person, decision: decision.id },
      audience: 'staff',
    });
  return { decision, message: 'Decision recorded; it takes effect on the next analysis (vigil analyze).' };
}
