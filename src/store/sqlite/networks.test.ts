import { runNetworkStoreContract } from '../networks-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

runNetworkStoreContract('sqlite', () => SqliteStore.open(':memory:'));
