import type Database from 'better-sqlite3';
import { RECORD_KINDS } from '../../core/records.ts';
import type { CaseStats, KindStats } from '../store.ts';
import { RECORD_TABLES } from './record-tables.ts';

export function stats(db: Database.Database): CaseStats {
  const kinds: KindStats[] = RECORD_KINDS.map((kind) => {
    const t = RECORD_TABLES[kind];
    const time = t.timeColumn;
    const row = db
      .prepare(
        `SELECT count(*) AS count, ${time === null ? 'NULL' : `min(${time})`} AS first, ${time === null ? 'NULL' : `max(${time})`} AS last FROM ${t.table}`,
      )
      .get() as { count: number; first: number | null; last: number | null };
    return { kind, ...row };
  });
  const platforms = db
    .prepare(
      `SELECT h.platform, count(*) AS accounts,
              (SELECT count(*) FROM messages m WHERE m.platform = h.platform) AS messages
       FROM handles h GROUP BY h.platform ORDER BY h.platform`,
    )
    .all() as { platform: string; accounts: number; messages: number }[];
  const one = (sql: string): number => db.prepare(sql).pluck().get() as number;
  return {
    kinds,
    accounts: one('SELECT count(*) FROM handles'),
    platforms,
    sources: one('SELECT count(*) FROM sources'),
    quarantined: one('SELECT count(*) FROM quarantine'),
    runs: one('SELECT count(*) FROM runs'),
  };
}
