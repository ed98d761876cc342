import type { PersonAnalysis } from '../../../core/analysis-types.ts';
import type { ChangeList } from '../../../core/change-types.ts';
import type { Row } from './split-bundle.ts';

/**
 * What a change list must say, worked out independently of the history code: from the two
 * analyses' persons (matched by any shared member, no snapshot, no anchors) and the rows of the
 * second seizure. For tests and the two-seizure measurement.
 */
export const accountId = (platform: string, handle: string): string => `${platform}:${handle}`;
export const accountsOf = (p: PersonAnalysis): string[] =>
  p.accounts.map((a) => accountId(a.platform, a.handle));
export const membersOf = (p: PersonAnalysis): string[] => [
  ...accountsOf(p).map((a) => `acct:${a}`),
  ...p.transactions.map((t) => `tx:${t}`),
];

/** Accounts a bundle row names: a message's sender and recipients, an IP event's or location's account. */
export function accountsIn(kind: string, r: Row): string[] {
  if (kind.startsWith('messages'))
    return [r.sender!, ...(r.recipients ?? '').split(';')]
      .filter((h) => h !== '')
      .map((h) => accountId(r.platform!, h));
  return r.platform !== undefined && r.handle !== undefined ? [accountId(r.platform, r.handle)] : [];
}

/** Persons of the second analysis sharing no account or transfer with any person of the first. */
export function expectedNewPersons(
  before: readonly PersonAnalysis[],
  after: readonly PersonAnalysis[],
): string[] {
  const known = new Set(before.flatMap(membersOf));
  return after.filter((p) => !membersOf(p).some((m) => known.has(m))).map((p) => p.person_id);
}

/** Known persons (not new) holding an account or a transfer that a row of the second seizure names. */
export function expectedNewEvidence(
  after: readonly PersonAnalysis[],
  newPersons: ReadonlySet<string>,
  moved: ReadonlyMap<string, readonly Row[]>,
): string[] {
  const named = new Set<string>();
  for (const [kind, rows] of moved)
    if (kind !== 'accounts') for (const r of rows) for (const a of accountsIn(kind, r)) named.add(a);
  const transfers = new Set((moved.get('transactions') ?? []).map((r) => r.transaction_id!));
  return after
    .filter((p) => !newPersons.has(p.person_id))
    .filter((p) => accountsOf(p).some((a) => named.has(a)) || p.transactions.some((t) => transfers.has(t)))
    .map((p) => p.person_id);
}

/**
 * `kind person_id` of every lead that appeared, dropped out, or moved score, country or urgency.
 * `splitOff`: persons the change list says split off a known person (they appear only as new leads).
 */
export function expectedLeadChanges(
  before: readonly PersonAnalysis[],
  after: readonly PersonAnalysis[],
  splitOff: ReadonlySet<string> = new Set(),
): string[] {
  const holder = new Map<string, PersonAnalysis>();
  for (const p of before) for (const m of membersOf(p)) holder.set(m, p);
  const out: string[] = [];
  const matched = new Set<string>();
  for (const p of after) {
    const counts = new Map<PersonAnalysis, number>();
    for (const m of membersOf(p)) {
      const was = holder.get(m);
      if (was !== undefined) counts.set(was, (counts.get(was) ?? 0) + 1);
    }
    const prev = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (prev !== undefined) matched.add(prev.person_id);
    if (splitOff.has(p.person_id)) {
      // a part split off a known person: a lead change only if it is a lead of its own
      if (p.lead) out.push(`appeared ${p.person_id}`);
    } else if (prev === undefined) {
      if (p.lead) out.push(`appeared ${p.person_id}`);
    } else if (p.lead !== prev.lead) out.push(`${p.lead ? 'appeared' : 'dropped'} ${p.person_id}`);
    else if (
      p.lead &&
      (Math.abs(p.score - prev.score) > 0.0005 || p.country !== prev.country || p.urgent !== prev.urgent)
    )
      out.push(`moved ${p.person_id}`);
  }
  for (const p of before) if (p.lead && !matched.has(p.person_id)) out.push(`dropped ${p.person_id}`);
  return out;
}

/** The change list's own answers in the oracle's terms. */
export function listed(c: ChangeList): { newPersons: string[]; newEvidence: string[]; leads: string[] } {
  return {
    newPersons: c.new_persons.map((n) => n.person.person_id),
    newEvidence: c.new_evidence.map((e) => e.person.person_id),
    leads: c.leads.map((l) => `${l.kind} ${(l.person ?? l.previous)!.person_id}`),
  };
}

/** Which of the three lists differ from the oracle, and how (empty: the change list is exactly right). */
export function mismatches(
  c: ChangeList,
  before: readonly PersonAnalysis[],
  after: readonly PersonAnalysis[],
  moved: ReadonlyMap<string, readonly Row[]>,
): string[] {
  const got = listed(c);
  const newPersons = expectedNewPersons(before, after);
  // a person split off a known one is listed apart from the new evidence
  const notContinued = new Set([...newPersons, ...c.split_off.map((x) => x.person.person_id)]);
  const want = {
    newPersons,
    newEvidence: expectedNewEvidence(after, notContinued, moved),
    leads: expectedLeadChanges(before, after, new Set(c.split_off.map((x) => x.person.person_id))),
  };
  const out: string[] = [];
  for (const k of ['newPersons', 'newEvidence', 'leads'] as const) {
    const a = new Set(got[k]);
    const b = new Set(want[k]);
    const extra = [...a].filter((x) => !b.has(x));
    const missing = [...b].filter((x) => !a.has(x));
    if (extra.length + missing.length > 0)
      out.push(
        `${k}: ${extra.length} listed but not expected (${extra.slice(0, 5).join(', ')}), ${missing.length} expected but not listed (${missing.slice(0, 5).join(', ')})`,
      );
  }
  return out;
}
