import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVigilError } from '../../core/errors.ts';
import { SQLITE_FILE } from '../../store/sqlite/sqlite-store.ts';
import { testCase, type TestCase } from '../testing/test-case.ts';
import type { CaseReader } from './case-reader.ts';
import { caseReaderFor } from './case-reader-for.ts';

let tc: TestCase;
let reader: CaseReader;

beforeAll(async () => {
  tc = await testCase();
  reader = caseReaderFor(join(tc.dir, 'case', SQLITE_FILE), 2);
});
afterAll(async () => {
  await reader.close();
  await tc.store.close();
  tc.remove();
});

describe('caseReaderFor (reader threads with read-only connections)', () => {
  it('searches on the threads, many at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => reader.search({ text: 'payment', limit: 5 })),
    );
    for (const r of results) expect(r.total).toBe(3);
    expect((await reader.stats()).kinds.find((k) => k.kind === 'messages')!.count).toBe(13);
    expect(await reader.senderCountries()).toContainEqual({ country: 'NL', count: 1 });
  });

  it('brings a user mistake back as a VigilError with its status', async () => {
    const e: unknown = await reader.search({ text: '"unclosed', limit: 5 }).catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 400 });
    expect(isVigilError(e)).toBe(true);
    expect((e as { status: number }).status).toBe(400);
  });

  it('reads a thread around a message, and null for an unknown one', async () => {
    const t = await reader.thread('SKYPE', 'm101', 1);
    expect(t?.messages.map((m) => m.message_id)).toEqual(['m101', 'm102']);
    expect(t?.more_before).toBe(false);
    expect(t?.more_after).toBe(true);
    expect(await reader.thread('skype', 'nope', 5)).toBeNull();
  });

  it('reads evidence messages by id on a thread, once each, unknown ids skipped', async () => {
    const found = await reader.evidenceMessages(['m101', 'm102', 'm101', 'nope']);
    expect(found.map((m) => m.message_id)).toEqual(['m101', 'm102']);
    expect(found[0]).toMatchObject({ platform: 'skype' });
    expect(found[0]!.excerpt.length).toBeGreaterThan(0);
  });
});
