import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureSellerNetwork } from './networks-fixture.ts';
import type { Store } from './store.ts';

/** The NetworkStore contract as tests, run for every backend (`runNetworkStoreContract('sqlite', …)`). */
export function runNetworkStoreContract(name: string, newStore: () => Store | Promise<Store>): void {
  describe(`NetworkStore contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await newStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('is empty before any analysis', async () => {
      expect(await store.networks.snapshots()).toEqual([]);
      expect(await store.networks.list()).toEqual([]);
      expect(await store.networks.get('N1')).toBeUndefined();
      expect(await store.networks.ofPerson('P1')).toEqual([]);
    });

    it('lists known networks first, then candidates by rank, and returns whole networks', async () => {
      const nets = [
        fixtureSellerNetwork('NW-c', { candidateRank: 2 }),
        fixtureSellerNetwork('NW-b'),
        fixtureSellerNetwork('NW-d', { candidateRank: 1, country: 'TH' }),
        fixtureSellerNetwork('NW-a'),
      ];
      await store.networks.replace(nets, { at: 1000, ingestRun: 1 });
      expect((await store.networks.list()).map((n) => n.network_id)).toEqual([
        'NW-a',
        'NW-b',
        'NW-d',
        'NW-c',
      ]);
      expect((await store.networks.list({ candidates: true })).map((n) => n.network_id)).toEqual([
        'NW-d',
        'NW-c',
      ]);
      expect((await store.networks.list({ candidates: false })).map((n) => n.network_id)).toEqual([
        'NW-a',
        'NW-b',
      ]);
      expect((await store.networks.list({ country: 'TH' })).map((n) => n.network_id)).toEqual(['NW-d']);
      const [a] = await store.networks.list();
      expect(a).toMatchObject({ known: true, candidate_rank: null, members: 2, receivers: 1, accounts: 1 });
      expect(await store.networks.get('NW-c')).toEqual(nets[0]);
      expect((await store.networks.all({ candidates: true })).map((n) => n.candidate?.rank)).toEqual([1, 2]);
    });

    it('keeps every snapshot: the latest is current, older ones stay readable', async () => {
      await store.networks.replace([fixtureSellerNetwork('NW-a', { seller: 'P1' })], {
        at: 1000,
        ingestRun: 1,
      });
      const second = await store.networks.replace(
        [fixtureSellerNetwork('NW-a', { seller: 'P2', buyer: 'P9' }), fixtureSellerNetwork('NW-b')],
        { at: 2000, ingestRun: 2 },
      );
      const snaps = await store.networks.snapshots();
      expect(snaps).toEqual([
        { id: snaps[0]!.id, created_at: 1000, ingest_run: 1, networks: 1, candidates: 0 },
        { id: second, created_at: 2000, ingest_run: 2, networks: 2, candidates: 0 },
      ]);
      expect((await store.networks.list()).map((n) => n.network_id)).toEqual(['NW-a', 'NW-b']);
      expect((await store.networks.list({ snapshot: snaps[0]!.id })).map((n) => n.network_id)).toEqual([
        'NW-a',
      ]);
      expect((await store.networks.get('NW-a', snaps[0]!.id))?.members[0]?.person_id).toBe('P1');
      expect((await store.networks.get('NW-a'))?.members[0]?.person_id).toBe('P2');
      expect(await store.networks.ofPerson('P1')).toEqual([]);
      expect(await store.networks.ofPerson('P2')).toEqual([{ network_id: 'NW-a', relation: 'seller' }]);
      expect(await store.networks.ofPerson('P9')).toEqual([{ network_id: 'NW-a', relation: 'buyer' }]);
    });
  });
}
