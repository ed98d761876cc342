import type Database from 'better-sqlite3';
import { removeDuplicateMessages } from './bulk-duplicates.ts';

/**
 * Bulk loads into a small messages table are far faster without indexes: rows are appended in file
 * order and each index is built once, sorted, at the end. That includes the unique identity index
 * (`messages_key`), so duplicates within the load are found and removed when it is rebuilt. The
 * dropped indexes' SQL is kept in `meta` in the same transaction, so a crash mid-load leaves a
 * record of what to rebuild, and the next open rebuilds it.
 */
const TABLE = 'messages';
const KEY_INDEX = 'messages_key';
/** Average stored bytes per message row, to compare a load with what the case holds. */
const BYTES_PER_ROW = 150;

/** Page cache while rebuilding indexes, in KiB as a negative cache_size. */
const SORT_CACHE_KIB = -65536;

/** Loads smaller than this keep their indexes: rebuilding would cost more than it saves. */
export const MIN_BULK_BYTES = 20_000_000;

export function deferIndexesForBulkLoad(
  db: Database.Database,
  incomingBytes: number,
  minBytes = MIN_BULK_BYTES,
): boolean {
  const existing = db.prepare(`SELECT count(*) FROM ${TABLE}`).pluck().get() as number;
  if (incomingBytes < minBytes || incomingBytes / BYTES_PER_ROW < existing) return false;
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(TABLE) as { name: string; sql: string }[];
  if (indexes.length === 0) return false;
  db.transaction(() => {
    for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
    db.prepare(
      "INSERT INTO meta (key, value) VALUES ('deferred_indexes', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(JSON.stringify([...pendingIndexes(db), ...indexes.map((i) => i.sql)]));
  })();
  return true;
}

export interface RestoredIndexes {
  /** Indexes rebuilt. */
  readonly restored: number;
  /** Rows removed as duplicates of earlier rows when the identity index was rebuilt, by source id. */
  readonly duplicates: ReadonlyMap<number, number>;
}

/**
 * Rebuilds what a bulk load deferred, in one transaction: duplicates first (so the identity index
 * can be unique), then every index. Returns what it removed so the run's counts can be corrected.
 */
export function restoreDeferredIndexes(db: Database.Database): RestoredIndexes {
  const sqls = pendingIndexes(db);
  if (sqls.length === 0) return { restored: 0, duplicates: new Map() };
  // Sorts may use a helper thread, and spill to temporary files rather than memory: sorting ten
  // million keys in memory would more than double the process's peak memory.
  db.pragma('threads = 2');
  // Each sort thread may hold a page cache's worth: a smaller cache while sorting keeps the peak low.
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('temp_store = FILE');
  db.pragma(`cache_size = ${SORT_CACHE_KIB}`);
  try {
    return rebuild(db, sqls);
  } finally {
    db.pragma(`temp_store = ${tempStore}`);
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

function rebuild(db: Database.Database, sqls: readonly string[]): RestoredIndexes {
  return db.transaction(() => {
    let duplicates: ReadonlyMap<number, number> = new Map();
    const key = sqls.find((s) => s.includes(KEY_INDEX));
    if (key !== undefined && !createdWithoutDuplicates(db, key)) {
      duplicates = removeDuplicateMessages(db);
      db.exec(ifNotExists(key));
    }
    for (const sql of sqls) db.exec(ifNotExists(sql));
    db.prepare("DELETE FROM meta WHERE key = 'deferred_indexes'").run();
    return { restored: sqls.length, duplicates };
  })();
}

/** Builds the unique identity index; false when duplicate keys stand in the way. */
function createdWithoutDuplicates(db: Database.Database, sql: string): boolean {
  try {
    db.exec(ifNotExists(sql));
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
    throw e;
  }
}

function pendingIndexes(db: Database.Database): string[] {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'deferred_indexes'").pluck().get() as
    string | undefined;
  return row === undefined ? [] : (JSON.parse(row) as string[]);
}

const ifNotExists = (sql: string): string =>
  sql.replace(
    /^CREATE (UNIQUE )?INDEX (?!IF NOT EXISTS)/i,
    (_, u: string | undefined) => `CREATE ${u ?? ''}INDEX IF NOT EXISTS `,
  );
