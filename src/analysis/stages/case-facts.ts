import type { TransactionRecord } from '../../core/records.ts';
import type { AccountProfile, IdentifierRow } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';

export interface SubscriberFacts {
  readonly display_name: string | null;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly registration_ip: string | null;
  readonly registered_at: number | null;
  readonly role_hint: string | null;
}

/** A transfer as the stages read it: the stored record, with its amount as a number. */
export type TransactionFacts = Omit<TransactionRecord, 'kind' | 'sent_at_text' | 'amount'> & {
  readonly amount: number;
};

export interface IpEventFacts {
  readonly id: string;
  readonly ip: string;
  readonly port: number | null;
  readonly seen_at: number;
  readonly event: string | null;
}

/** What the linkage and assessment stages know about the case, keyed by account (`platform:handle`). */
export interface CaseFacts {
  readonly accounts: readonly string[];
  readonly subscribers: ReadonlyMap<string, readonly SubscriberFacts[]>;
  readonly transactions: readonly TransactionFacts[];
  readonly transactionById: ReadonlyMap<string, TransactionFacts>;
  readonly ipEvents: ReadonlyMap<string, readonly IpEventFacts[]>;
  readonly identifiers: ReadonlyMap<string, readonly IdentifierRow[]>;
  readonly profiles: ReadonlyMap<string, AccountProfile>;
  /** Latest record time in the case: "now" for recency, so results do not depend on the clock. */
  readonly caseEnd: number;
}

const LINKING_TYPES = [
  'email',
  'phone',
  'handle',
  'transfer_ref',
  'travel',
  'place',
  'crypto',
  'iban',
  'payment_claim',
  'amount',
];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export async function loadCaseFacts(store: Store): Promise<CaseFacts> {
  const accounts = new Set<string>();
  const subscribers = new Map<string, SubscriberFacts[]>();
  for await (const r of store.records('accounts')) {
    const key = `${r.platform as string}:${r.handle as string}`;
    accounts.add(key);
    push(subscribers, key, {
      display_name: r.display_name as string | null,
      emails: JSON.parse(r.emails as string) as string[],
      phones: JSON.parse(r.phones as string) as string[],
      registration_ip: r.registration_ip as string | null,
      registered_at: r.registered_at as number | null,
      role_hint: r.role_hint as string | null,
    });
  }
  const transactions: TransactionFacts[] = [];
  let caseEnd = 0;
  for await (const r of store.records('transactions')) {
    const t = { ...(r as unknown as TransactionFacts), amount: Number(r.amount) };
    transactions.push(t);
    caseEnd = Math.max(caseEnd, t.sent_at);
  }
  const ipEvents = new Map<string, IpEventFacts[]>();
  for await (const r of store.records('ip_events')) {
    const key = `${r.platform as string}:${r.handle as string}`;
    accounts.add(key);
    push(ipEvents, key, {
      id: `${r.file_sha256.slice(0, 12)}:${r.line}`,
      ip: r.ip as string,
      port: r.port as number | null,
      seen_at: r.seen_at as number,
      event: r.event as string | null,
    });
  }
  const identifiers = new Map<string, IdentifierRow[]>();
  for (const row of await store.analysis.identifiers({ types: LINKING_TYPES }))
    push(identifiers, `${row.platform}:${row.sender}`, row);
  const profiles = new Map<string, AccountProfile>();
  for (const p of await store.analysis.profiles()) {
    const key = `${p.platform}:${p.handle}`;
    profiles.set(key, p);
    accounts.add(key);
    if (p.last !== null) caseEnd = Math.max(caseEnd, p.last);
  }
  return {
    accounts: [...accounts].sort(),
    subscribers,
    transactions,
    transactionById: new Map(transactions.map((t) => [t.transaction_id, t])),
    ipEvents,
    identifiers,
    profiles,
    caseEnd,
  };
}
