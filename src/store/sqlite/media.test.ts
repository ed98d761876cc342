import { runMediaStoreContract } from '../media-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

runMediaStoreContract('sqlite', () => SqliteStore.open(':memory:'));
