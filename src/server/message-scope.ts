import type { Store } from '../store/store.ts';
import type { User } from '../store/users.ts';

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
 * THE NEED-TO-KNOW RULE FOR LIAISONS — extend this when leads exist.
 *
 * A liaison may read the messages of the accounts behind leads attributed to one of their countries
 * (`user.countries`). Until the analysis writes leads there are none, so a liaison reads nothing.
 * The lead engineer replaces the body with a store query, e.g.
 *   store.leads.accountsAttributedTo(user.countries)
 */
export function liaisonAccounts(_store: Store, _user: User): Promise<readonly AccountRef[]> {
  return Promise.resolve([]);
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
