import { randomBytes } from 'node:crypto';
import type { Store } from '../store/store.ts';
import { AuditService } from './audit.service.ts';
import { addUser } from './user.service.ts';

export interface DemoLogin {
  readonly username: string;
  readonly password: string;
  readonly role: 'admin' | 'analyst' | 'liaison';
  readonly countries: readonly string[];
}

/**
 * The demo's users (issue 6): an admin, an analyst, and a liaison for each of two countries, each with
 * a fresh random password to print beside the URL. Users that already exist are left alone.
 */
export async function addDemoUsers(
  store: Store,
  liaisonCountries: readonly [string, string],
): Promise<DemoLogin[]> {
  const wanted: Omit<DemoLogin, 'password'>[] = [
    { username: 'admin', role: 'admin', countries: [] },
    { username: 'analyst', role: 'analyst', countries: [] },
    ...liaisonCountries.map((c) => ({
      username: `liaison.${c.toLowerCase()}`,
      role: 'liaison' as const,
      countries: [c.toUpperCase()],
    })),
  ];
  const audit = new AuditService(store.audit);
  const added: DemoLogin[] = [];
  for (const w of wanted) {
    if ((await store.users.credentials(w.username)) !== undefined) continue;
    const password = randomBytes(9).toString('base64url');
    await addUser(store.users, audit, { ...w, password }, 'demo');
    added.push({ ...w, password });
  }
  return added;
}
