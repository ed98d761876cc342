import type Database from 'better-sqlite3';

/**
 * Bulk loads into a small messages table are far faster without secondary indexes: rows go in
 * first and each index is built once, sorted, at the end. The dropped indexes' SQL is kept in
 * `meta` in the same transaction, so a crash mid-load leaves a record of what to rebuild.
 */
const TABLE = 'messages';
/** Average stored bytes per message row, to compare a load with what the case holds. */
const BYTES_PER_ROW = 150;

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
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%'",
    )
    .all(TABLE) as { name: string; sql: string }[];
  if (indexes.length === 0) return false;
  db.transaction(() => {
    const kept = JSON.parse(
      (db.prepare("SELECT value FROM meta WHERE key = 'deferred_indexes'").pluck().get() as
        string | undefined) ?? '[]',
    ) as string[];
    for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
    db.prepare(
      "INSERT INTO meta (key, value) VALUES ('deferred_indexes', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(JSON.stringify([...kept, ...indexes.map((i) => i.sql)]));
  })();
  return true;
}

export function restoreDeferredIndexes(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'deferred_indexes'").pluck().get() as
    string | undefined;
  if (row === undefined) return 0;
  const sqls = JSON.parse(row) as string[];
  db.transaction(() => {
    for (const sql of sqls)
      db.exec(sql.replace(/^CREATE INDEX (?!IF NOT EXISTS)/i, 'CREATE INDEX IF NOT EXISTS '));
    db.prepare("DELETE FROM meta WHERE key = 'deferred_indexes'").run();
  })();
  return sqls.length;
}
