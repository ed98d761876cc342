import { runJobsContract } from '../jobs-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

runJobsContract('sqlite', () => SqliteStore.open(':memory:'));
