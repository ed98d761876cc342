import { runStoreContract } from '../store-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

runStoreContract('sqlite', () => SqliteStore.open(':memory:'));
