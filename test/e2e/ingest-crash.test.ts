import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMessageFile } from '../../src/ingest/testing/message-file.ts';
import { writePlantedBundle } from '../../src/ingest/testing/planted-bundle.ts';
import { runCli, startCli } from './run-cli.ts';

let dir: string;
const ROWS = 60_000;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
  writePlantedBundle(join(dir, 'bundle'));
  await writeMessageFile(join(dir, 'bundle', 'messages-big.csv'), ROWS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['messages', 'accounts', 'transactions', 'ip_events', 'locations', 'media_links', 'hashlist'];

/** Everything a case holds as records, ignoring run bookkeeping. */
function dump(caseDir: string): Record<string, unknown> {
  const db = new Database(join(caseDir, 'vigil.db'), { readonly: true });
  db.defaultSafeIntegers(true);
  const out: Record<string, unknown> = {};
  for (const t of TABLES) {
    const rows = db
      .prepare(`SELECT r.*, s.sha256 FROM ${t} r JOIN sources s ON s.id = r.source_id ORDER BY r.key`)
      .all() as Record<string, unknown>[];
    out[t] = rows.map(({ id: _id, source_id: _s, ...rest }) => rest);
  }
  out.quarantine = db.prepare('SELECT key, kind, line, raw, reason FROM quarantine ORDER BY key').all();
  out.fts = db.prepare("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'online'").pluck().get();
  out.indexes = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' ORDER BY name")
    .pluck()
    .all();
  out.integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  return out;
}

function count(caseDir: string): number {
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
}

/**
 * Both ways of storing: batch by batch into the indexed table, and a bulk load (forced here from
 * 1 MB) that drops the messages' indexes, identity index included, and rebuilds them at the end.
 */
const MODES = [
  { mode: 'storing into indexed tables', env: {} },
  { mode: 'a bulk load with its indexes dropped', env: { VIGIL_BULK_LOAD_BYTES: '1000000' } },
];

describe.each(MODES)('an ingest killed midway during $mode', ({ mode, env }) => {
  it('re-runs to the same case as an uninterrupted ingest', { timeout: 240_000 }, async () => {
    const whole = join(dir, `whole ${mode}`);
    expect((await runCli(['--case', whole, 'ingest', join(dir, 'bundle'), '--json'], env)).code).toBe(0);

    const killed = join(dir, `killed ${mode}`);
    const child = startCli(['--case', killed, 'ingest', join(dir, 'bundle'), '--json'], env);
    const exited = new Promise((r) => child.on('exit', r));
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      seen = count(killed);
      if (seen > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = count(killed);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ROWS);

    const rerun = await runCli(['--case', killed, 'ingest', join(dir, 'bundle'), '--json'], env);
    expect(rerun.code).toBe(0);
    const report = JSON.parse(rerun.stdout) as { totals: { duplicates: number } };
    expect(report.totals.duplicates).toBeGreaterThanOrEqual(partial);
    const after = dump(killed);
    expect(after.integrity).toBe('ok');
    expect(after).toEqual(dump(whole));
  });
});
