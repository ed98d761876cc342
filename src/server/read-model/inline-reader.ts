import type Database from 'better-sqlite3';
import type { CaseReader } from './case-reader.ts';
import { sqliteReads } from './sqlite-reads.ts';

/** The reads on this thread's connection: for tests and tiny cases. */
export function inlineReader(db: Database.Database): CaseReader {
  return { ...sqliteReads(db), close: () => Promise.resolve() };
}
