import type Database from 'better-sqlite3';
import { hexOfHalves, keyHalves, nextKey } from './record-key.ts';

interface KeyedRow {
  readonly id: bigint;
  readonly key: bigint;
  readonly key2: bigint;
  readonly source_id: bigint;
}

/**
 * After a bulk load without the identity index: keeps the first (lowest id) of every set of rows
 * with the same identity, deletes the others (from the full-text index too, if it reached them),
 * and moves a row whose first 64 bits collide with a different record to its next key, as the
 * writer would have. Returns the rows deleted, by source id.
 */
export function removeDuplicateMessages(db: Database.Database): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT id, key, key2, source_id FROM messages
       WHERE key IN (SELECT key FROM messages GROUP BY key HAVING count(*) > 1) ORDER BY key, id`,
    )
    .safeIntegers(true)
    .all() as KeyedRow[];
  const ftsUpto = BigInt(
    (db.prepare("SELECT value FROM meta WHERE key = 'fts_upto'").pluck().get() as string) ?? 0,
  );
  const remove = db.prepare('DELETE FROM messages WHERE id = ?');
  const unindex = db.prepare(
    "INSERT INTO messages_fts (messages_fts, rowid, body) SELECT 'delete', id, body FROM messages WHERE id = ?",
  );
  const rekey = db.prepare('UPDATE messages SET key = ?, key2 = ? WHERE id = ?');
  const holder = db.prepare('SELECT key2 FROM messages WHERE key = ? AND id <> ?').safeIntegers(true).pluck();
  const removed = new Map<number, number>();
  const drop = (r: KeyedRow): void => {
    if (r.id <= ftsUpto) unindex.run(r.id);
    remove.run(r.id);
    const source = Number(r.source_id);
    removed.set(source, (removed.get(source) ?? 0) + 1);
  };
  /** The identity of the first (kept) row of the current key. */
  let keptKey2: bigint | undefined;
  let groupKey: bigint | undefined;
  for (const r of rows) {
    if (r.key !== groupKey) {
      groupKey = r.key;
      keptKey2 = r.key2;
      continue;
    }
    if (r.key2 === keptKey2) {
      drop(r);
      continue;
    }
    // a different record under the same 64 bits: walk its key chain to a free key
    let hex = hexOfHalves(r.key, r.key2);
    for (;;) {
      hex = nextKey(hex);
      const [key, key2] = keyHalves(hex);
      const taken = holder.all(key, r.id) as bigint[];
      if (taken.length === 0) {
        rekey.run(key, key2, r.id);
        break;
      }
      if (taken.includes(key2)) {
        drop(r);
        break;
      }
    }
  }
  return removed;
}
