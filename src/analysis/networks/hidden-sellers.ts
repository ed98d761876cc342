import type { PersonAnalysis } from '../../core/analysis-types.ts';
import { familyTransfer } from '../stages/person-view.ts';
import type { NetworkContext } from './network-context.ts';
import type { ReceiverEntity } from './receiver-entities.ts';

/** An account the payers of one unclaimed collector chat with, this many of them, runs that collector's network. */
export const MIN_HIDDEN_PAYERS = 2;

/**
 * Sellers nobody marked and the hub rule missed: for collectors no known network claims but paid by
 * several unrelated senders abroad (S1), the accounts their payers chat with (or confirm payments
 * to) in common. Returns the persons running those accounts; buyers are never taken for sellers.
 */
export function hiddenSellers(
  collectors: readonly ReceiverEntity[],
  ctx: NetworkContext,
  knownSellerAccounts: ReadonlySet<string>,
  tiedRecipient: ReadonlyMap<string, { account: string }>,
): PersonAnalysis[] {
  const found = new Map<string, PersonAnalysis>();
  for (const e of collectors) {
    const payersOf = new Map<string, Set<string>>();
    for (const t of e.transactions) {
      if (familyTransfer(t)) continue;
      const payer = ctx.payerOf.get(t.transaction_id);
      if (payer === undefined) continue;
      const own = new Set((ctx.persons.get(payer)?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`));
      const partners = new Set<string>();
      for (const a of own)
        for (const p of Object.keys(ctx.facts.profiles.get(a)?.partners ?? {})) partners.add(p);
      const tie = tiedRecipient.get(t.transaction_id);
      if (tie !== undefined) partners.add(tie.account);
      for (const p of partners) {
        if (own.has(p) || knownSellerAccounts.has(p)) continue;
        (payersOf.get(p) ?? payersOf.set(p, new Set()).get(p)!).add(payer);
      }
    }
    for (const [account, payers] of payersOf) {
      if (payers.size < MIN_HIDDEN_PAYERS) continue;
      const personId = ctx.personOfAccount.get(account);
      const person = personId === undefined ? undefined : ctx.persons.get(personId);
      if (person === undefined || person.role === 'buyer' || payers.has(person.person_id)) continue;
      found.set(person.person_id, person);
    }
  }
  return [...found.values()].sort((a, b) => (a.person_id < b.person_id ? -1 : 1));
}
