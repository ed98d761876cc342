import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

const DIR = new URL('./migrations/', import.meta.url);

/**
 * Applies, in name order, every migration file not yet applied. Each runs in its own transaction,
 * so a crash leaves the case at the last whole migration.
 */
export function migrate(db: Database.Database): string[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT',
  );
  const done = new Set(
    db
      .prepare<[], { name: string }>('SELECT name FROM migrations')
      .all()
      .map((r) => r.name),
  );
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  const record = db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)');
  for (const file of files) {
    if (done.has(file)) continue;
    const sql = readFileSync(new URL(file, DIR), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      record.run(file, Date.now());
    })();
    applied.push(file);
  }
  return applied;
}
