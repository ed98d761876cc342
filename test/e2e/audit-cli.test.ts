import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildE2eCase, vigil, type E2eCase } from './workbench-server.ts';

let kase: E2eCase;

beforeAll(async () => {
  kase = await buildE2eCase();
}, 60_000);
afterAll(() => kase?.remove());

/** Runs vigil expecting failure; gives the exit code and stderr. */
async function failing(caseDir: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await vigil(caseDir, ...args);
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
  throw new Error(`vigil ${args.join(' ')} succeeded`);
}

describe('vigil user and vigil audit', () => {
  it('lists users, and refuses bad ones with one sentence and exit 1', async () => {
    const pw = join(kase.dir, 'password.txt');
    const add = (...a: string[]) => failing(kase.caseDir, 'user', 'add', '--password-file', pw, ...a);
    const [listed, dup, noCountry, badRole] = await Promise.all([
      vigil(kase.caseDir, 'user', 'list', '--json'),
      add('--username', 'Admin', '--role', 'admin'),
      add('--username', 'li2', '--role', 'liaison'),
      add('--username', 'x1', '--role', 'root'),
    ]);
    const list = JSON.parse(listed) as { users: { username: string }[] };
    expect(list.users.map((u) => u.username)).toEqual(['admin', 'analyst', 'liaison.de']);
    expect(dup).toMatchObject({ code: 1, stderr: 'vigil: A user named admin already exists.\n' });
    expect(noCountry.stderr).toContain('at least one country');
    expect(badRole.stderr).toContain('not one of admin, analyst, liaison');
  });

  it('lists the log as JSON and verifies the chain', async () => {
    const [listed, verified] = await Promise.all([
      vigil(kase.caseDir, 'audit', '--json'),
      vigil(kase.caseDir, 'audit', 'verify', '--json'),
    ]);
    const { entries } = JSON.parse(listed) as { entries: { action: string }[] };
    expect(entries.map((e) => e.action)).toEqual(['user.add', 'user.add', 'user.add']);
    const check = JSON.parse(verified) as { ok: boolean };
    expect(check.ok).toBe(true);
  });

  it('exits 1 naming the first broken entry when a copy of the log was edited', async () => {
    const copy = join(kase.dir, 'tampered');
    mkdirSync(copy);
    copyFileSync(join(kase.caseDir, 'vigil.db'), join(copy, 'vigil.db'));
    const db = new Database(join(copy, 'vigil.db'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.exec(`UPDATE audit_log SET details = '{"countries":[],"role":"admin"}' WHERE seq = 2`);
    db.close();
    const r = await failing(copy, 'audit', 'verify');
    expect(r).toMatchObject({ code: 1 });
    expect(r.stderr).toBe(
      'vigil: the audit log is broken at entry 2: hash does not match the entry contents.\n',
    );
  });
});
