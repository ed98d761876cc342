import { runHistoryContract } from '../history-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

runHistoryContract('sqlite', () => SqliteStore.open(':memory:'));
