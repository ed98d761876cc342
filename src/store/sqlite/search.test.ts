import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../core/hash.ts';
import type { KeyedRecord } from '../../core/records.ts';
import { search } from './search.ts';
import { SqliteStore } from './sqlite-store.ts';

let store: SqliteStore;

/** Messages stored out of time order: storage position i holds minute (i * 7) % n (n prime). */
async function seed(n: number): Promise<void> {
  const run = await store.startRun('test');
  const src = await store.registerSource(run, {
    path: 'm.csv',
    sha256: 'a'.repeat(64),
    size: 1,
    kind: 'messages',
  });
  const rows: KeyedRecord[] = Array.from({ length: n }, (_, i) => ({
    key: sha256Hex(`m${i}`),
    line: i + 2,
    record: {
      kind: 'messages',
      message_id: `m${i}`,
      platform: 'skype',
      conversation_id: `c${i % 5}`,
      sent_at: Date.UTC(2021, 0, 1) + ((i * 7) % n) * 60_000,
      sent_at_text: 'x',
      sender: i % 2 === 0 ? 'ana' : 'ben',
      recipients: ['cy'],
      body: `see you at the station ${i % 100 === 0 ? 'tomorrow' : ''}`,
      attachments: [],
    },
  }));
  await store.writeBatch(src, 'messages', rows, []);
  await store.finalizeIngest();
}

beforeEach(() => {
  store = SqliteStore.open(':memory:');
});
afterEach(async () => {
  await store.close();
});

describe('search of a very common term', () => {
  it('sorts by time up to the sort limit, and past it reads the newest-stored matches first', async () => {
    await seed(701);
    const sorted = search(store.db, { text: 'station', limit: 5 }, { relevance: 50, sort: 1000 });
    expect(sorted.order).toBe('newest');
    const times = sorted.hits.map((h) => Date.parse(h.sent_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times[0]).toBe(Date.UTC(2021, 0, 1) + 700 * 60_000);

    const stored = search(store.db, { text: 'station', limit: 5 }, { relevance: 50, sort: 100 });
    expect(stored.order).toBe('latest_stored');
    expect(stored.hits.map((h) => h.message_id)).toEqual(['m700', 'm699', 'm698', 'm697', 'm696']);
    expect(stored).toMatchObject({ total: 701, total_is_lower_bound: false });
    // Filters still apply on the early-LIMIT path.
    const ben = search(store.db, { text: 'station', limit: 3, account: 'ben' }, { relevance: 50, sort: 100 });
    expect(ben.hits.map((h) => h.message_id)).toEqual(['m699', 'm697', 'm695']);
    // A selective term is still ranked by relevance and counted exactly.
    const rare = search(store.db, { text: 'tomorrow', limit: 3 }, { relevance: 50, sort: 100 });
    expect(rare).toMatchObject({ order: 'relevance', total: 8 });
  });
});
