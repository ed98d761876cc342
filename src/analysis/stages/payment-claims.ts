import type { CaseFacts, TransactionFacts } from './case-facts.ts';

/** How long after a transfer a "sent it" message still points at it. */
export const CLAIM_WINDOW_MS = 30 * 60_000;

export interface PaymentTie {
  readonly transaction_id: string;
  readonly account: string;
  readonly message_id: string;
  readonly how: 'quoted' | 'claimed';
}

/**
 * Ties transfers to the accounts that wrote about them: a reference quoted in chat, or a
 * "sent it" message within minutes after the transfer (taken only when one account alone claims
 * it, or one alone names the same amount). Accounts in `exclude` (sellers) never pay.
 */
export function paymentTies(facts: CaseFacts, exclude: ReadonlySet<string>): PaymentTie[] {
  const ties: PaymentTie[] = [];
  const quoted = new Set<string>();
  const claims: { at: number; account: string; message_id: string; amounts: Set<string> }[] = [];
  for (const [account, rows] of facts.identifiers) {
    if (exclude.has(account)) continue;
    const amountsByMessage = new Map<string, Set<string>>();
    for (const r of rows)
      if (r.type === 'amount')
        (
          amountsByMessage.get(r.message_id) ??
          amountsByMessage.set(r.message_id, new Set()).get(r.message_id)!
        ).add(r.value.split(' ')[0]!);
    for (const r of rows) {
      if (r.type === 'transfer_ref' && facts.transactionById.has(r.value)) {
        ties.push({ transaction_id: r.value, account, message_id: r.message_id, how: 'quoted' });
        quoted.add(r.value);
      } else if (r.type === 'payment_claim') {
        claims.push({
          at: r.sent_at,
          account,
          message_id: r.message_id,
          amounts: amountsByMessage.get(r.message_id) ?? new Set(),
        });
      }
    }
  }
  claims.sort((a, b) => a.at - b.at);
  const times = claims.map((c) => c.at);
  for (const t of facts.transactions) {
    if (quoted.has(t.transaction_id)) continue;
    const near = claimsAfter(times, claims, t);
    const accounts = new Set(near.map((c) => c.account));
    let pick = accounts.size === 1 ? near[0] : undefined;
    if (pick === undefined && accounts.size > 1) {
      const amount = String(t.amount);
      const same = near.filter((c) => c.amounts.has(amount) || c.amounts.has(t.amount.toFixed(2)));
      if (new Set(same.map((c) => c.account)).size === 1) pick = same[0];
    }
    if (pick !== undefined)
      ties.push({
        transaction_id: t.transaction_id,
        account: pick.account,
        message_id: pick.message_id,
        how: 'claimed',
      });
  }
  return ties;
}

function claimsAfter<C>(times: readonly number[], claims: readonly C[], t: TransactionFacts): C[] {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < t.sent_at) lo = mid + 1;
    else hi = mid;
  }
  const out: C[] = [];
  for (let i = lo; i < times.length && times[i]! <= t.sent_at + CLAIM_WINDOW_MS; i++) out.push(claims[i]!);
  return out;
}
