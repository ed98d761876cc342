import type { Store } from '../../store/store.ts';
import type { CaseFacts } from '../stages/case-facts.ts';
import { paymentTies } from '../stages/payment-claims.ts';

/**
 * transaction id → the account a payment was confirmed to in chat: the message quoting the
 * transfer's reference, or saying "sent it" minutes after it, went to that one account. Accounts in
 * `sellerAccounts` never confirm payments (they are paid).
 */
export async function tiedSellerAccounts(
  store: Store,
  facts: CaseFacts,
  sellerAccounts: ReadonlySet<string>,
): Promise<Map<string, { account: string; message_id: string }>> {
  const ties = paymentTies(facts, sellerAccounts);
  const recipients = new Map<string, string[]>();
  for (const m of await store.messagesByIds(ties.map((t) => t.message_id)))
    recipients.set(
      `${m.platform as string}|${m.message_id as string}`,
      (JSON.parse(m.recipients as string) as string[]).map((r) => `${m.platform as string}:${r}`),
    );
  const out = new Map<string, { account: string; message_id: string }>();
  for (const t of ties) {
    const platform = t.account.slice(0, t.account.indexOf(':'));
    const to = recipients.get(`${platform}|${t.message_id}`) ?? [];
    if (to.length === 1 && !out.has(t.transaction_id))
      out.set(t.transaction_id, { account: to[0]!, message_id: t.message_id });
  }
  return out;
}
