import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeMessageFile } from './testing/message-file.ts';

/**
 * Issue 2's crash promise: an ingest killed midway (here with SIGKILL, during a bulk load with its
 * indexes dropped) and then re-run ends with the same case as an uninterrupted one.
 */
const ROWS = 60_000;
const root = mkdtempSync(join(tmpdir(), 'vigil-killed-'));
const bundle = join(root, 'bundle');
// load in bulk from 1 MB, so this small file exercises the dropped-index path
const childEnv = { ...process.env, VIGIL_BULK_LOAD_BYTES: '1000000', VIGIL_LOG: 'silent' as const };
const vigil = (caseDir: string): string[] => ['bin/vigil.js', '--case', caseDir, 'ingest', bundle, '--json'];

interface Report {
  totals: { rows_read: number; rows_stored: number; duplicates: number };
}

function ingestToEnd(caseDir: string): Report {
  const r = spawnSync(process.execPath, vigil(caseDir), { env: childEnv, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

function snapshot(caseDir: string): { rows: string[]; fts: number; indexes: string[]; ok: string } {
  const db = new Database(join(caseDir, 'vigil.db'), { readonly: true });
  try {
    const rows = db
      .prepare(
        'SELECT platform, message_id, sent_at, sender, body, line FROM messages ORDER BY platform, message_id',
      )
      .raw()
      .all()
      .map((r) => JSON.stringify(r));
    const fts = db
      .prepare("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'viber'")
      .pluck()
      .get() as number;
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' ORDER BY name")
      .pluck()
      .all() as string[];
    const ok = db.pragma('integrity_check', { simple: true }) as string;
    return { rows, fts, indexes, ok };
  } finally {
    db.close();
  }
}

const storedSoFar = (caseDir: string): number => {
  try {
    const db = new Database(join(caseDir, 'vigil.db'), { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
};

describe('an ingest killed midway', () => {
  beforeAll(async () => {
    mkdirSync(bundle, { recursive: true });
    await writeMessageFile(join(bundle, 'messages.csv'), ROWS);
  });

  it('re-run, gives the same case as an uninterrupted ingest', async () => {
    const clean = join(root, 'clean');
    expect(ingestToEnd(clean).totals).toMatchObject({ rows_read: ROWS, rows_stored: ROWS, duplicates: 0 });

    const killed = join(root, 'killed');
    const child = spawn(process.execPath, vigil(killed), { env: childEnv, stdio: 'ignore' });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    let seen = 0;
    while (child.exitCode === null && seen < ROWS / 3) {
      await new Promise((r) => setTimeout(r, 20));
      seen = storedSoFar(killed);
    }
    child.kill('SIGKILL');
    await exited;
    const partial = storedSoFar(killed);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ROWS); // it really was killed midway

    const rerun = ingestToEnd(killed);
    expect(rerun.totals.rows_read).toBe(ROWS);
    expect(rerun.totals.rows_stored + rerun.totals.duplicates).toBe(ROWS);
    expect(rerun.totals.rows_stored).toBe(ROWS - partial);

    const a = snapshot(clean);
    const b = snapshot(killed);
    expect(b.ok).toBe('ok');
    expect(b.indexes).toEqual(a.indexes);
    expect(b.fts).toBe(a.fts);
    expect(b.rows.length).toBe(ROWS);
    expect(b.rows).toEqual(a.rows);

    // and once more: nothing new
    expect(ingestToEnd(killed).totals).toMatchObject({ rows_stored: 0, duplicates: ROWS });
  }, 400_000);
});
