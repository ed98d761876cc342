import type Database from 'better-sqlite3';

/**
 * Keeps the full-text index up to date with the messages table. Bulk ingest inserts rows first and
 * indexes them afterwards in one pass (much faster than a trigger per row); the highest indexed id
 * is kept in `meta`, so an interrupted run is caught up by the next call.
 */
export function catchUpFts(db: Database.Database): number {
  const upto = Number(db.prepare("SELECT value FROM meta WHERE key = 'fts_upto'").pluck().get() ?? 0);
  const max = Number(db.prepare('SELECT coalesce(max(id), 0) FROM messages').pluck().get());
  if (max <= upto) return 0;
  db.transaction(() => {
    db.prepare('INSERT INTO messages_fts (rowid, body) SELECT id, body FROM messages WHERE id > ?').run(upto);
    db.prepare(
      "INSERT INTO meta (key, value) VALUES ('fts_upto', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(String(max));
  })();
  return max - upto;
}
