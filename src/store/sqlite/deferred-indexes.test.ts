import { describe, expect, it } from 'vitest';
import type { KeyedRecord } from '../../core/records.ts';
import { sha256Hex } from '../../core/hash.ts';
import { SqliteStore } from './sqlite-store.ts';
import { deferIndexesForBulkLoad, restoreDeferredIndexes } from './deferred-indexes.ts';
import { keyHalves, nextKey } from './record-key.ts';

const indexes = (s: SqliteStore): string[] =>
  s.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all() as string[];

const message = (n: number, body = `hello ${n}`): KeyedRecord => ({
  key: sha256Hex(`m${n}`),
  line: n + 1,
  record: {
    kind: 'messages',
    message_id: `m${n}`,
    platform: 'skype',
    conversation_id: 'c1',
    sent_at: 1_600_000_000_000 + n,
    sent_at_text: '2020-09-13T12:26:40Z',
    sender: 'a',
    recipients: ['b'],
    body,
    attachments: [],
  },
});

async function sourceIn(store: SqliteStore, name: string): Promise<{ run: number; source: number }> {
  const run = await store.startRun('test');
  const source = await store.registerSource(run, {
    path: name,
    sha256: sha256Hex(name),
    size: 1,
    kind: 'messages',
  });
  return { run, source };
}

describe('deferred indexes', () => {
  it('drops every message index for a large load and restores the same ones, even after a crash', () => {
    const store = SqliteStore.open(':memory:');
    const before = indexes(store);
    expect(before).toContain('messages_key');
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(deferIndexesForBulkLoad(store.db, 10, 1)).toBe(true);
    expect(indexes(store)).toEqual([]);
    // what a crash leaves: no indexes, and their SQL in meta
    expect(restoreDeferredIndexes(store.db).restored).toBe(before.length);
    expect(indexes(store)).toEqual(before);
    expect(restoreDeferredIndexes(store.db).restored).toBe(0);
  });

  it('keeps the indexes for a load small next to what the case holds', () => {
    const store = SqliteStore.open(':memory:');
    expect(deferIndexesForBulkLoad(store.db, 10_000_000)).toBe(false);
    expect(indexes(store).length).toBeGreaterThanOrEqual(5);
  });

  it('removes duplicates appended during a bulk load, corrects the run, and un-indexes them', async () => {
    const store = SqliteStore.open(':memory:');
    const first = await sourceIn(store, 'a.csv');
    await store.writeBatch(first.source, 'messages', [message(1), message(2)], []);
    await store.finalizeIngest(first.run);
    await store.prepareIngest(30_000_000);
    expect(indexes(store)).toEqual([]);
    const second = await sourceIn(store, 'b.csv');
    // m2 again (a duplicate of a stored row), m3 twice (a duplicate within the load), m4 once
    const r = await store.writeBatch(
      second.source,
      'messages',
      [message(2), message(3), message(3), message(4)],
      [],
    );
    expect(r.stored).toBe(4); // provisional: the load cannot tell yet
    // a search before the load finished indexed the appended rows too
    await store.search({ text: 'hello', limit: 10 });
    await store.finishSource(
      second.run,
      second.source,
      { rows_read: 4, rows_stored: 4, rows_quarantined: 0, duplicates: 0 },
      null,
    );
    const removed = await store.finalizeIngest(second.run);
    expect([...removed]).toEqual([[second.source, 2]]);
    const ids = store.db.prepare('SELECT message_id FROM messages ORDER BY id').pluck().all();
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4']);
    const counts = store.db
      .prepare('SELECT rows_stored, duplicates FROM source_runs WHERE run_id = ?')
      .get(second.run);
    expect(counts).toEqual({ rows_stored: 2, duplicates: 2 });
    const hits = await store.search({ text: 'hello', limit: 10 });
    expect(hits.hits.map((h) => h.message_id).sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(indexes(store)).toContain('messages_key');
  });

  it('moves a different record whose first 64 bits collide to the key the writer would use', async () => {
    const store = SqliteStore.open(':memory:');
    const { run, source } = await sourceIn(store, 'a.csv');
    await store.prepareIngest(30_000_000);
    expect(indexes(store)).toEqual([]);
    const a = message(1);
    // same first 16 hex digits, different next 16: a 64-bit collision with a different record
    const b = { ...message(2), key: a.key.slice(0, 16) + 'f'.repeat(48) };
    await store.writeBatch(source, 'messages', [a, b], []);
    const removed = await store.finalizeIngest(run);
    expect(removed.size).toBe(0);
    const moved = store.db
      .prepare("SELECT key, key2 FROM messages WHERE message_id = 'm2'")
      .safeIntegers(true)
      .get() as { key: bigint; key2: bigint };
    expect([moved.key, moved.key2]).toEqual(keyHalves(nextKey(b.key)));
    // and writing b again now (indexes back) counts it as a duplicate, not a new record
    const again = await store.writeBatch(source, 'messages', [b], []);
    expect(again).toMatchObject({ stored: 0, duplicates: 1 });
  });
});
