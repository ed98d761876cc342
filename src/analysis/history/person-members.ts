import type { PersonAnalysis } from '../../core/analysis-types.ts';
import { contentId } from '../../core/hash.ts';

/** A person's member ids, as linkage names them: `acct:platform:handle` and `tx:transaction_id`. */
export function memberIds(p: Pick<PersonAnalysis, 'accounts' | 'transactions'>): string[] {
  return [
    ...p.accounts.map((a) => `acct:${a.platform}:${a.handle}`),
    ...p.transactions.map((t) => `tx:${t}`),
  ];
}

/** Equal keys: exactly the same members. */
export function memberKey(members: readonly string[]): string {
  return contentId([...members].sort(), 16);
}

/**
 * The members that recognise a person in a later analysis: all of them, accounts first, each group
 * sorted. (Keeping only a payer's first few transfers lost the thread when re-analysis moved a
 * payer's later transfers to a person of their own: at seed scale ten such persons were listed as
 * new although they held a known person's transfers. All members of a seed-scale case are some
 * sixty thousand ids per snapshot.)
 */
export function anchorsOf(members: readonly string[]): string[] {
  const sorted = [...members].sort();
  return [...sorted.filter((m) => !m.startsWith('tx:')), ...sorted.filter((m) => m.startsWith('tx:'))];
}
