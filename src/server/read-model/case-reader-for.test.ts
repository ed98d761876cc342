import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVigilError } from '../../core/errors.ts';
import { SQLITE_FILE } from '../../store/sqlite/sqlite-store.ts';
import { ingest } from '../../ingest/ingest.ts';
import { PERSONS, writeNeutralAnalysis } from '../testing/lead-fixture.ts';
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

  it('reads a profile’s records by index: transfers in time order, latest IP events, strongest links', async () => {
    // IP events as a seizure writes them: mixed case and spaces, stored trimmed and lower-cased.
    const dir = join(tc.dir, 'ip-bundle');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'ip_events.csv'),
      [
        'platform,handle,ip,seen_at,event',
        'Skype, Ben_Keller ,203.0.113.7,2021-03-02T10:00:00Z,login',
        'skype,ben_keller,203.0.113.9,2021-03-01T08:00:00Z,login',
        'skype,ben_keller,198.51.100.4,2021-03-03T12:00:00Z,logout',
        'skype,anna.reyes,192.0.2.1,2021-03-01T08:00:00Z,login',
      ].join('\n'),
    );
    await ingest(tc.store, [dir]);
    await writeNeutralAnalysis(tc.store);
    const r = await reader.profileRecords({
      personId: PERSONS.ben,
      transactions: ['WU-1005', '4417283910', 'no-such-transfer'],
      accounts: [{ platform: 'skype', handle: 'ben_keller' }],
      messageIds: ['m003', 'nope'],
      maxIpEvents: 2,
    });
    expect(r.transfers.map((t) => t.transaction_id)).toEqual(['4417283910', 'WU-1005']);
    expect(r.transfers[0]!.source.line).toBeGreaterThan(0);
    // The latest two of Ben's three, oldest first; Anna's are not his.
    expect(r.ip_events.map((e) => e.ip)).toEqual(['203.0.113.7', '198.51.100.4']);
    expect(r.ip_events[0]).toMatchObject({ platform: 'skype', handle: 'ben_keller', event: 'login' });
    expect(r.evidence_messages.map((m) => m.message_id)).toEqual(['m003']);
    expect(r.links_total).toBe(2);
    expect(r.links.map((l) => l.weight)).toEqual([12.5, 9.1]);
    const none = await reader.profileRecords({
      personId: 'p-nobody',
      transactions: [],
      accounts: [],
      messageIds: [],
      maxIpEvents: 10,
    });
    expect(none).toEqual({ transfers: [], ip_events: [], evidence_messages: [], links: [], links_total: 0 });
  });
});
