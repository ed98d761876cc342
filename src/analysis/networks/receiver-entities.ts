import type { TransactionFacts } from '../stages/case-facts.ts';
import anyAscii from 'any-ascii';
import { receiverNameKey } from '../stages/person-view.ts';
import { DisjointSets } from './disjoint-sets.ts';

/** One collector of transfers: every receiver key (phone, provider account, name in a city) seen together. */
export interface ReceiverEntity {
  /** `receiver:` and the entity's smallest key: stable while that key stays in the case. */
  readonly id: string;
  readonly keys: readonly string[];
  readonly names: readonly string[];
  readonly transactions: readonly TransactionFacts[];
}

/**
 * A receiver's name as a key, or null when the given name is only an initial: "M. Del Rosario"
 * would otherwise reduce to "del rosario" and join every Del Rosario collecting in the town.
 */
function nameKey(name: string | null): string | null {
  if (name === null) return null;
  const turned = name.includes(',')
    ? `${name.slice(name.indexOf(',') + 1)} ${name.slice(0, name.indexOf(','))}`
    : name;
  const first = anyAscii(turned)
    .toLowerCase()
    .split(/[^a-z]+/)
    .find((w) => w.length > 0);
  return first === undefined || first.length < 2 ? null : receiverNameKey(name);
}

/**
 * The keys a transfer names its receiver by. A name counts only with its city: the same common
 * name in two cities is two people; a phone or provider account is one person wherever it is.
 */
export function collectorKeys(t: TransactionFacts): string[] {
  const keys: string[] = [];
  if (t.receiver_phone) {
    const digits = t.receiver_phone.replace(/\D/g, '').slice(-9);
    if (digits.length >= 7) keys.push(`phone:${digits}`);
  }
  if (t.receiver_account) keys.push(`account:${t.receiver_account.toLowerCase()}`);
  const name = nameKey(t.receiver_name);
  if (name !== null) keys.push(`${name}|${(t.receiver_city ?? '').toLowerCase()}`);
  return keys;
}

/**
 * Groups the transfers' receivers into collectors: a phone and a provider account named on the
 * same transfer are one collector. A name in a town joins the collector whose phone it comes with,
 * but a name that comes with two different phones is two people of the same name (relatives share
 * names), so it joins neither and keeps only its transfers that name no phone.
 */
export function receiverEntities(transactions: readonly TransactionFacts[]): {
  entities: ReceiverEntity[];
  entityOf: Map<string, ReceiverEntity>;
} {
  const sets = new DisjointSets();
  const isName = (k: string): boolean => k.startsWith('name:');
  for (const t of transactions) {
    const hard = collectorKeys(t).filter((k) => !isName(k));
    for (const k of collectorKeys(t)) sets.add(k);
    for (let i = 1; i < hard.length; i++) sets.union(hard[0]!, hard[i]!);
  }
  const withPhones = new Map<string, Set<string>>();
  for (const t of transactions) {
    const keys = collectorKeys(t);
    const hard = keys.find((k) => !isName(k));
    const name = keys.find(isName);
    if (hard === undefined || name === undefined) continue;
    (withPhones.get(name) ?? withPhones.set(name, new Set()).get(name)!).add(sets.find(hard));
  }
  for (const [name, roots] of withPhones) if (roots.size === 1) sets.union([...roots][0]!, name);
  const byRoot = new Map<string, TransactionFacts[]>();
  for (const t of transactions) {
    const k = collectorKeys(t)[0];
    if (k === undefined) continue;
    const r = sets.find(k);
    (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(t);
  }
  const entities: ReceiverEntity[] = [];
  const entityOf = new Map<string, ReceiverEntity>();
  for (const keys of sets.groups()) {
    const txs = byRoot.get(sets.find(keys[0]!)) ?? [];
    const counts = new Map<string, number>();
    for (const t of txs)
      if (t.receiver_name) counts.set(t.receiver_name, (counts.get(t.receiver_name) ?? 0) + 1);
    const e: ReceiverEntity = {
      id: `receiver:${keys[0]!}`,
      keys,
      names: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n),
      transactions: [...txs].sort((a, b) => a.sent_at - b.sent_at),
    };
    entities.push(e);
    for (const t of txs) entityOf.set(t.transaction_id, e);
  }
  return { entities, entityOf };
}
