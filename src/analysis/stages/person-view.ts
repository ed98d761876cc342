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
  const words = turned
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1);
  if (words.length < 2) return null;
  return `name:${words[0]} ${words.at(-1)}`;
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
