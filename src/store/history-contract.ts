import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SnapshotPerson } from './history.ts';
import type { Store } from './store.ts';

/** A snapshot person with every field set, varied by `i`. */
export function snapshotPerson(i: number, o: Partial<SnapshotPerson> = {}): SnapshotPerson {
  return {
    person_id: `p-${String(i).padStart(3, '0')}`,
    member_key: `key${i}`,
    members: 2,
    anchors: [`acct:skype:buyer${i}`, `tx:T${i}`],
    name: i % 2 === 0 ? `Name ${i}` : null,
    role: 'buyer',
    score: 1.5 + i,
    culpability: 1 + i,
    actionability: 1,
    country: i % 3 === 0 ? null : 'DE',
    lead: i % 2 === 0,
    urgent: i === 2,
    rank: i,
    evidence: { messages: 10 * i, transfers: i, ip_events: 2 * i, locations: 0 },
    ...o,
  };
}

/**
 * The HistoryStore contract as tests: every backend runs this suite
 * (`runHistoryContract('sqlite', () => SqliteStore.open(':memory:'))`).
 */
export function runHistoryContract(name: string, newStore: () => Store | Promise<Store>): void {
  describe(`HistoryStore contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await newStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps every snapshot with its persons exactly as recorded', async () => {
      expect(await store.history.snapshots()).toEqual([]);
      const first = [snapshotPerson(1), snapshotPerson(2), snapshotPerson(3)];
      const a = await store.history.record({
        taken_at: 2000,
        started_at: 1000,
        last_run: 1,
        persons: first,
        networks: null,
      });
      expect(a).toMatchObject({ taken_at: 2000, started_at: 1000, last_run: 1, persons: 3, leads: 1 });
      expect(a.networks).toBeNull();
      const second = [snapshotPerson(1, { score: 9.25, country: 'NL' }), snapshotPerson(4)];
      const b = await store.history.record({
        taken_at: 4000,
        started_at: 3000,
        last_run: null,
        persons: second,
        networks: [{ network_id: 'n-1', label: 'Cebu', members: ['acct:skype:z', 'acct:skype:a'] }],
      });
      expect(b.id).toBeGreaterThan(a.id);
      expect(b).toMatchObject({ last_run: null, persons: 2, leads: 1, networks: 1 });
      expect((await store.history.snapshots()).map((s) => s.id)).toEqual([a.id, b.id]);
      expect(await store.history.persons(a.id)).toEqual(first);
      expect(await store.history.persons(b.id)).toEqual(second);
      expect(await store.history.networks(a.id)).toEqual([]);
      expect(await store.history.networks(b.id)).toEqual([
        { network_id: 'n-1', label: 'Cebu', members: ['acct:skype:a', 'acct:skype:z'] },
      ]);
    });

    it('answers nothing for a snapshot that does not exist', async () => {
      expect(await store.history.persons(42)).toEqual([]);
      expect(await store.history.networks(42)).toEqual([]);
    });
  });
}
