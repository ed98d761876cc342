import { VigilError } from '../core/errors.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/**
 * Opens a case's store: PostgreSQL when `storeUrl` is a postgres:// URL, else the embedded SQLite
 * database in the case folder.
 */
export function openStore(caseDir: string, storeUrl?: string): Store {
  if (storeUrl !== undefined && /^postgres(ql)?:\/\//.test(storeUrl))
    throw new VigilError(
      'The PostgreSQL store is not built yet; leave out --store to use the embedded case.',
    );
  if (storeUrl !== undefined)
    throw new VigilError(`--store takes a postgres:// URL, and "${storeUrl}" is not one.`);
  return SqliteStore.open(caseDir);
}
