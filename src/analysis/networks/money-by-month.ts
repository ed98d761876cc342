import type { NetworkMonth } from '../../core/network-types.ts';
import type { TransactionFacts } from '../stages/case-facts.ts';

/** Money the network's collectors received, per UTC month and currency. */
export function moneyByMonth(transfers: readonly TransactionFacts[]): NetworkMonth[] {
  const by = new Map<string, { month: string; currency: string; cents: number; transfers: number }>();
  for (const t of transfers) {
    const month = new Date(t.sent_at).toISOString().slice(0, 7);
    const k = `${month}|${t.currency}`;
    const m = by.get(k) ?? by.set(k, { month, currency: t.currency, cents: 0, transfers: 0 }).get(k)!;
    m.cents += Math.round(t.amount * 100);
    m.transfers++;
  }
  return [...by.values()]
    .sort((a, b) => (a.month === b.month ? (a.currency < b.currency ? -1 : 1) : a.month < b.month ? -1 : 1))
    .map((m) => ({ month: m.month, currency: m.currency, amount: m.cents / 100, transfers: m.transfers }));
}
