import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateNetworks } from '../../eval/network-metrics.ts';
import { readNetworkTruth } from '../../eval/network-truth.ts';
import { ingest } from '../../ingest/ingest.ts';
import { buildPackages } from '../../packages/build-packages.ts';
import { networkPackageInputs } from '../../packages/network-inputs.ts';
import { loadOrCreateSigningKey } from '../../packages/signing-key.ts';
import { verifyPackage } from '../../packages/verify-package.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { writeSynthBundle } from '../../synth/index.ts';
import { analyze } from './analyze.ts';
import { runNetworksStage } from './networks.stage.ts';

let dir: string;
let bundle: string;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-networks-'));
  bundle = join(dir, 'bundle');
  await writeSynthBundle({ out: bundle, scale: 'tiny', seed: 11, badRows: false });
  store = SqliteStore.open(join(dir, 'case'));
  await ingest(store, [bundle]);
  await analyze(store);
}, 240_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('networks stage on a synthetic operation', () => {
  it('stores known and candidate networks whose members and evidence are records of the case', async () => {
    const networks = await store.networks.all();
    expect(networks.some((n) => n.known)).toBe(true);
    const tx = new Set<string>();
    for await (const r of store.records('transactions')) tx.add(r.transaction_id as string);
    const accounts = new Set((await store.analysis.profiles()).map((p) => `${p.platform}:${p.handle}`));
    const persons = new Set((await store.analysis.persons()).map((p) => p.person_id));
    for (const n of networks) {
      expect(n.network_id).toMatch(/^NW-[0-9a-f]{10}$/);
      expect(n.candidate === null).toBe(n.known);
      for (const m of n.members) {
        for (const id of m.transaction_ids) expect(tx.has(id)).toBe(true);
        if (m.person_id !== null) expect(persons.has(m.person_id)).toBe(true);
      }
      for (const b of n.buyer_person_ids) expect(persons.has(b)).toBe(true);
      const evidence = [...n.statements, ...n.locations].flatMap((s) => s.evidence);
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        if (e.kind === 'transaction') expect(tx.has(e.id)).toBe(true);
        if (e.kind === 'account') expect(accounts.has(e.id)).toBe(true);
      }
      const received = n.money_by_month.reduce((a, m) => a + m.transfers, 0);
      expect(received).toBe(n.members.reduce((a, m) => a + m.transfers, 0));
    }
    const ranks = networks.filter((n) => n.candidate !== null).map((n) => n.candidate!.rank);
    expect(ranks.sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i + 1));
  });

  it('finds the planted networks, and ranks the unknown one among the top candidates', async () => {
    const r = await evaluateNetworks(store, readNetworkTruth(bundle)!);
    expect(r.unknown.length).toBeGreaterThan(0);
    expect(r.unknown_in_top_k).toBe(true);
    expect(r.networks.recovered).toBeGreaterThanOrEqual(r.networks.planted - 1);
    expect(r.membership_pairwise.precision).toBeGreaterThan(0.8);
  });

  it('keeps network ids across re-analysis, and the earlier snapshot stays readable', async () => {
    const before = await store.networks.all();
    const first = (await store.networks.snapshots()).at(-1)!.id;
    await runNetworksStage(store);
    const snaps = await store.networks.snapshots();
    expect(snaps.at(-1)!.id).toBeGreaterThan(first);
    expect(await store.networks.all()).toEqual(before);
    expect(await store.networks.all({ snapshot: first })).toEqual(before);
  });

  it('builds one verifiable package per network for the country it operates in, bit for bit again', async () => {
    const inputs = await networkPackageInputs(store, { countries: 'all' });
    expect(inputs.length).toBeGreaterThan(0);
    for (const i of inputs) expect(i.networks!.every((n) => n.country === i.country)).toBe(true);
    const key = await loadOrCreateSigningKey(join(dir, 'keys'));
    const a = await buildPackages(inputs, join(dir, 'a'), key);
    const b = await buildPackages(
      await networkPackageInputs(store, { countries: 'all' }),
      join(dir, 'b'),
      key,
    );
    expect(a.map((p) => p.manifestSha256)).toEqual(b.map((p) => p.manifestSha256));
    for (const p of a) {
      expect((await verifyPackage(p.dir)).ok).toBe(true);
      const entities = readFileSync(join(p.dir, 'entities.json'), 'utf8');
      expect(entities).toContain('seller_network');
    }
    const active = inputs.flatMap((i) => i.networks!).filter((n) => n.still_active);
    for (const n of active) expect(n.statements[0]!.indicator).toBe('URGENT');
    expect(await networkPackageInputs(store, { countries: ['DE'] })).toEqual([]);
  });
});
