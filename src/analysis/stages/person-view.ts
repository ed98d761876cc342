import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import type { LinkedPerson } from '../../store/analysis.ts';
import type { CaseFacts, IpEventFacts, SubscriberFacts, TransactionFacts } from './case-facts.ts';
import type { IdentifierRow, AccountProfile } from '../../store/analysis.ts';

/** Everything the case holds about one linked person, gathered from its members. */
export interface PersonView {
  readonly person_id: string;
  readonly accounts: readonly string[];
  readonly transactions: readonly TransactionFacts[];
  readonly subscribers: readonly (SubscriberFacts & { account: string })[];
  readonly ipEvents: readonly (IpEventFacts & { account: string })[];
  readonly identifiers: readonly IdentifierRow[];
  readonly profiles: readonly AccountProfile[];
}

export function personView(p: LinkedPerson, facts: CaseFacts): PersonView {
  const accounts = p.members.filter((m) => m.startsWith('acct:')).map((m) => m.slice(5));
  const transactions = p.members
    .filter((m) => m.startsWith('tx:'))
    .map((m) => facts.transactionById.get(m.slice(3)))
    .filter((t): t is TransactionFacts => t !== undefined)
    .sort((a, b) => a.sent_at - b.sent_at);
  return {
    person_id: p.person_id,
    accounts,
    transactions,
    subscribers: accounts.flatMap((a) => (facts.subscribers.get(a) ?? []).map((s) => ({ ...s, account: a }))),
    ipEvents: accounts.flatMap((a) => (facts.ipEvents.get(a) ?? []).map((e) => ({ ...e, account: a }))),
    identifiers: accounts.flatMap((a) => facts.identifiers.get(a) ?? []),
    profiles: accounts.map((a) => facts.profiles.get(a)).filter((x): x is AccountProfile => x !== undefined),
  };
}

/** A receiver's name reduced to first and last word, "SURNAME, Given" turned round, lower-case. */
export function receiverNameKey(name: string | null): string | null {
  if (name === null) return null;
  const turned = name.includes(',')
    ? `${name.slice(name.indexOf(',') + 1)} ${name.slice(0, name.indexOf(','))}`
    : name;
  const words = anyAscii(turned)
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1);
  if (words.length < 2) return null;
  return `name:${words[0]} ${words.at(-1)}`;
}

function nameWords(name: string): string[] {
  const turned = name.includes(',')
    ? `${name.slice(name.indexOf(',') + 1)} ${name.slice(0, name.indexOf(','))}`
    : name;
  return anyAscii(turned)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
}

/** Last word of a name, "SURNAME, Given" turned round, lower-case ASCII; null when there is none. */
export function surnameOf(name: string | null): string | null {
  return name === null ? null : (nameWords(name).at(-1) ?? null);
}

/** Two family names alike: equal, or a typo apart in a long one (one edit from 5 letters, two from 7). */
export function surnamesAlike(a: string, b: string): boolean {
  const limit = Math.min(a.length, b.length) >= 7 ? 2 : Math.min(a.length, b.length) >= 5 ? 1 : 0;
  return a === b || (limit > 0 && distance(a, b) <= limit);
}

/** How many different family names a list holds, typo variants ("Weisser", "Weiser") counted once. */
export function distinctSurnames(names: readonly (string | null)[]): number {
  const groups: string[] = [];
  for (const n of names) if (n !== null && !groups.some((g) => surnamesAlike(g, n))) groups.push(n);
  return groups.length;
}

/**
 * The sender and receiver share a family name, whichever order each was written in ("Andrada
 * Marvin" to "Nestor Andrada"), allowing a typo in a long one: most likely family support, not a
 * purchase. Two first words alike are given names, not a family tie.
 */
export function familyTransfer(t: TransactionFacts): boolean {
  if (t.sender_name === null || t.receiver_name === null) return false;
  const s = nameWords(t.sender_name);
  const r = nameWords(t.receiver_name);
  if (s.length === 0 || r.length === 0) return false;
  const alike = surnamesAlike;
  const [sFirst, sLast, rFirst, rLast] = [s[0]!, s.at(-1)!, r[0]!, r.at(-1)!];
  return alike(sLast, rLast) || alike(sLast, rFirst) || alike(sFirst, rLast);
}

/** Every way a receiver is recognised across transfers: phone, account, and name. */
export function receiverKeys(t: TransactionFacts): string[] {
  const keys: string[] = [];
  if (t.receiver_phone) keys.push(`phone:${t.receiver_phone.replace(/\D/g, '').slice(-9)}`);
  if (t.receiver_account) keys.push(`account:${t.receiver_account.toLowerCase()}`);
  const n = receiverNameKey(t.receiver_name);
  if (n !== null) keys.push(n);
  return keys;
}

/** The receiver's main key (phone, else account, else name), for counting distinct receivers. */
export function receiverKey(t: TransactionFacts): string | null {
  return receiverKeys(t)[0] ?? null;
}
