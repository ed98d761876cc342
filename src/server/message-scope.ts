import type { Store } from '../store/store.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot } from './analysis-snapshot.ts';

/** An account as the records name it. */
export interface AccountRef {
  readonly platform: string;
  readonly handle: string;
}

/** The accounts whose messages a user may read: all, or exactly these. */
export type MessageScope =
  { readonly all: true } | { readonly all: false; readonly accounts: ReadonlySet<string> };

export const accountKey = (platform: string, handle: string): string =>
  `${platform.toLowerCase()}\u001f${handle.trim().toLowerCase()}`;

/**
 * THE NEED-TO-KNOW RULE FOR LIAISONS: a liaison may read the messages of the accounts behind the
 * leads (every scored non-seller person in the queue) attributed to one of their countries. Until
 * the analysis has run there are none, so a liaison reads nothing.
 */
export async function liaisonAccounts(store: Store, user: User): Promise<readonly AccountRef[]> {
  const countries = new Set(user.countries.map((c) => c.toUpperCase()));
  if (countries.size === 0) return [];
  const { leads } = await analysisSnapshot(store);
  return leads.filter((p) => p.country !== null && countries.has(p.country)).flatMap((p) => p.accounts);
}

/** Builds the scope function the AccessService asks. */
export function messageScopeOf(
  store: Store,
  accountsOf: (store: Store, user: User) => Promise<readonly AccountRef[]> = liaisonAccounts,
): (user: User) => Promise<MessageScope> {
  return async (user) => {
    if (user.role === 'admin' || user.role === 'analyst') return { all: true };
    const accounts = await accountsOf(store, user);
    return { all: false, accounts: new Set(accounts.map((a) => accountKey(a.platform, a.handle))) };
  };
}
