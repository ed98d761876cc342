import { join } from 'node:path';
import { readTruth } from '../../../synth/read-truth.ts';
import { accountId, accountsIn } from './change-oracle.ts';
import { splitBundle, type Row } from './split-bundle.ts';

export interface TwoSeizures {
  readonly first: string;
  readonly second: string;
  /** Rows of the second seizure, by file kind. */
  readonly moved: Map<string, Row[]>;
  /** Accounts of the buyers only the second seizure brings, per buyer. */
  readonly newBuyers: readonly ReadonlySet<string>[];
  /** Accounts of the buyers whose records are split between the seizures, per buyer. */
  readonly growingBuyers: readonly ReadonlySet<string>[];
}

/**
 * Splits a synthetic bundle as two seizures: the first lacks `newBuyers` planted leads entirely
 * (accounts, messages they are in, IP events, locations, transfers) and every other record of the
 * next `growingBuyers` planted leads (by their own messages, transfers, IP events, locations); the
 * second holds exactly those rows.
 */
export async function splitTwoSeizures(
  bundle: string,
  dir: string,
  counts: { newBuyers: number; growingBuyers: number },
): Promise<TwoSeizures> {
  const truth = readTruth(bundle);
  const accountsOf = new Map<string, Set<string>>();
  for (const a of truth.accounts)
    (accountsOf.get(a.person_id) ?? accountsOf.set(a.person_id, new Set()).get(a.person_id)!).add(
      accountId(a.platform, a.handle),
    );
  const chosen = truth.persons.filter((p) => p.role === 'buyer' && p.is_lead && accountsOf.has(p.person_id));
  const fresh = chosen.slice(0, counts.newBuyers);
  const growing = chosen.slice(counts.newBuyers, counts.newBuyers + counts.growingBuyers);
  const freshAccounts = new Set(fresh.flatMap((p) => [...accountsOf.get(p.person_id)!]));
  const growingAccounts = new Set(growing.flatMap((p) => [...accountsOf.get(p.person_id)!]));
  const ids = (ps: typeof chosen): Set<string> => new Set(ps.map((p) => p.person_id));
  const freshIds = ids(fresh);
  const growingIds = ids(growing);
  const freshTransfers = new Set(
    truth.transactions.filter((t) => freshIds.has(t.sender_person_id)).map((t) => t.transaction_id),
  );
  const growingTransfers = new Set(
    truth.transactions.filter((t) => growingIds.has(t.sender_person_id)).map((t) => t.transaction_id),
  );
  const seen = new Map<string, number>();
  const everyOther = (key: string): boolean => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % 2 === 1;
  };
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  const moved = await splitBundle(bundle, first, second, (kind, r) => {
    if (kind === 'transactions')
      return (
        freshTransfers.has(r.transaction_id!) || (growingTransfers.has(r.transaction_id!) && everyOther(kind))
      );
    if (kind === 'accounts') return freshAccounts.has(accountId(r.platform!, r.handle!));
    const named = accountsIn(kind, r);
    if (named.some((a) => freshAccounts.has(a))) return true;
    const own = kind.startsWith('messages') ? accountId(r.platform!, r.sender!) : named[0];
    return own !== undefined && growingAccounts.has(own) && everyOther(`${kind}:${own}`);
  });
  return {
    first,
    second,
    moved,
    newBuyers: fresh.map((p) => accountsOf.get(p.person_id)!),
    growingBuyers: growing.map((p) => accountsOf.get(p.person_id)!),
  };
}
