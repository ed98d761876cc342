import type { CaseFacts } from './case-facts.ts';

/**
 * An account that chats with this many distinct accounts serves customers (seller-like, S3) rather
 * than being one: its messages about payments are about other people's money.
 */
export const HUB_PARTNERS = 15;

export function hubAccounts(facts: CaseFacts): Set<string> {
  const hubs = new Set<string>();
  for (const [account, p] of facts.profiles)
    if (Object.keys(p.partners).length >= HUB_PARTNERS) hubs.add(account);
  return hubs;
}

/** Accounts marked `role_hint=seller` in subscriber records: sellers by definition. */
export function hintedSellers(facts: CaseFacts): Set<string> {
  return new Set(
    [...facts.subscribers].filter(([, subs]) => subs.some((s) => s.role_hint === 'seller')).map(([k]) => k),
  );
}
