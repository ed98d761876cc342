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

/** How a receiver is recognised across transfers: phone, else account, else name and city. */
export function receiverKey(t: TransactionFacts): string | null {
  if (t.receiver_phone) return `phone:${t.receiver_phone.replace(/\D/g, '').slice(-9)}`;
  if (t.receiver_account) return `account:${t.receiver_account.toLowerCase()}`;
  if (t.receiver_name)
    return `name:${t.receiver_name.toLowerCase().replace(/\s+/g, ' ').trim()}|${(t.receiver_city ?? '').toLowerCase()}`;
  return null;
}
