import Database from 'better-sqlite3';
import type { CaseReader } from './case-reader.ts';
import { readerPool } from './reader-pool.ts';
import { sqliteReads } from './sqlite-reads.ts';

/**
 * The server's reader for a SQLite case file. Searches and the stats scan go to `threads` worker
 * threads; a conversation is a few index lookups (about a millisecond), so it runs on this thread's
 * own read-only connection and never waits in the queue behind a slow search.
 */
export function caseReaderFor(path: string, threads: number): CaseReader {
  const pool = readerPool(path, threads);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  const quick = sqliteReads(db);
  return {
    search: (q) => pool.search(q),
    stats: () => pool.stats(),
    senderCountries: () => pool.senderCountries(),
    // A profile's evidence is up to 200 index lookups: on a thread, not the event loop.
    evidenceMessages: (ids) => pool.evidenceMessages(ids),
    // Up to 200 message lookups, every IP event of the accounts, and thousands of links to reduce.
    profileRecords: (q) => pool.profileRecords(q),
    thread: quick.thread,
    close: async () => {
      await pool.close();
      db.close();
    },
  };
}
