import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../store/audit.ts';
import { SQLITE_FILE } from '../../store/sqlite/sqlite-store.ts';
import { testCase, type TestCase } from '../testing/test-case.ts';
import { workerAuditLog } from './worker-audit-log.ts';

let tc: TestCase;
beforeAll(async () => {
  tc = await testCase();
});
afterAll(async () => {
  await tc.store.close();
  tc.remove();
});

describe('the audit log written on its own thread', () => {
  it('commits many appends in order, chained with appends made elsewhere, before answering', async () => {
    const log = workerAuditLog(join(tc.dir, 'case', SQLITE_FILE), tc.store.audit);
    const before = await tc.store.audit.count();
    // Thirty views at once, and one entry written directly on the store's own connection meanwhile.
    const views = Array.from({ length: 30 }, (_, i) =>
      log.append({ user: `u${i}`, action: 'person.view', object: `person:p${i}`, details: { i } }),
    );
    await tc.store.audit.append({ user: 'cli', action: 'login', object: 'user:cli' });
    const entries = await Promise.all(views);
    // Answered only once committed: the store's connection already reads each of them.
    const stored = await tc.store.audit.list({ limit: 100 });
    for (const e of entries) expect(stored.find((s) => s.seq === e.seq)).toEqual(e);
    // In the order they were appended.
    expect(entries.map((e) => e.user)).toEqual(entries.map((_, i) => `u${i}`));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.seq).toBeGreaterThan(entries[i - 1]!.seq);
    expect(await log.count()).toBe(before + 31);
    expect((await verifyChain(tc.store.audit.entries())).ok).toBe(true);
    await log.close();
    await expect(log.append({ user: 'late', action: 'search', object: 'q' })).rejects.toThrow(/closed/);
  });
});
