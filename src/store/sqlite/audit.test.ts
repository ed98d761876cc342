import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH, verifyChain } from '../audit.ts';
import { SqliteStore, SQLITE_FILE } from './sqlite-store.ts';
import { SqliteAuditLog } from './audit.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the case database with the triggers dropped, as someone with file access could. */
function tamperedCopy(name: string, sql: string): SqliteAuditLog {
  const file = join(dir, `${name}.db`);
  copyFileSync(join(dir, 'case', SQLITE_FILE), file);
  const db = new Database(file);
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
  return new SqliteAuditLog(db);
}

describe('the SQLite audit log', () => {
  it('chains entries, refuses changes, and verify finds the first tampered entry', async () => {
    const store = SqliteStore.open(join(dir, 'case'));
    for (let i = 1; i <= 5; i++)
      await store.audit.append({
        user: 'analyst',
        action: 'search',
        object: 'search',
        details: { query: `q${i}`, n: i },
      });
    const [first] = (await store.audit.list({ limit: 10 })).slice(-1);
    expect(first!.seq).toBe(1);
    expect(first!.prev_hash).toBe(GENESIS_HASH);
    expect(first!.hash).toBe(auditHash(first!));
    expect(first!.details).toBe('{"n":1,"query":"q1"}');
    expect(await verifyChain(store.audit.entries())).toMatchObject({ ok: true, entries: 5 });
    expect(await store.audit.count()).toBe(5);

    expect(() => store.db.exec("UPDATE audit_log SET user = 'x' WHERE seq = 2")).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM audit_log WHERE seq = 5')).toThrow(/append-only/);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();

    const edited = tamperedCopy(
      'edited',
      `UPDATE audit_log SET details = '{"n":3,"query":"other"}' WHERE seq = 3`,
    );
    expect(await verifyChain(edited.entries())).toMatchObject({ ok: false, broken_at: 3 });

    const rehashed = tamperedCopy('rehashed', `UPDATE audit_log SET user = 'admin' WHERE seq = 2;`);
    const e2 = (await rehashed.list({ limit: 10 })).find((e) => e.seq === 2)!;
    // Even with its own hash recomputed, the next entry's prev_hash gives the change away.
    const db2 = new Database(join(dir, 'rehashed.db'));
    db2.prepare('UPDATE audit_log SET hash = ? WHERE seq = 2').run(auditHash(e2));
    expect(await verifyChain(new SqliteAuditLog(db2).entries())).toMatchObject({ ok: false, broken_at: 3 });

    const deleted = tamperedCopy('deleted', 'DELETE FROM audit_log WHERE seq = 4');
    expect(await verifyChain(deleted.entries())).toMatchObject({ ok: false, broken_at: 5 });
  });
});
