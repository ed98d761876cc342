import type { PersonAnalysis } from '../../core/analysis-types.ts';
import { contentId } from '../../core/hash.ts';

/** How many payer records (besides every account) a snapshot keeps to recognise a person later. */
export const TX_ANCHORS = 8;

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
 * The members that recognise a person in a later analysis: every account, and the first few payer
 * records in sorted order (a payer's old transfers stay with them when new ones arrive).
 */
export function anchorsOf(members: readonly string[]): string[] {
  const sorted = [...members].sort();
  const accounts = sorted.filter((m) => !m.startsWith('tx:'));
  const transfers = sorted.filter((m) => m.startsWith('tx:')).slice(0, TX_ANCHORS);
  return [...accounts, ...transfers];
}
