import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/ingest.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { writeSynthBundle } from '../../synth/index.ts';
import { runFeaturesStage } from './features.stage.ts';

let dir: string;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-features-'));
  await writeSynthBundle({ out: join(dir, 'bundle'), scale: 'tiny', seed: 5, badRows: false });
  store = SqliteStore.open(join(dir, 'case'));
  await ingest(store, [join(dir, 'bundle')]);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function stored() {
  return { identifiers: await store.analysis.identifiers(), profiles: await store.analysis.profiles() };
}

describe('features stage', () => {
  it('stores the same features on worker threads over many slices as on this thread in one', async () => {
    const one = await runFeaturesStage(store, undefined, { threads: 0, sliceMessages: 1e9 });
    const inOne = await stored();
    expect(one.messages).toBeGreaterThan(3_000);
    expect(inOne.identifiers.filter((r) => r.type === 'transfer_ref').length).toBeGreaterThan(0);
    expect(inOne.profiles.length).toBe(one.accounts);
    const two = await runFeaturesStage(store, undefined, { threads: 2, sliceMessages: 400 });
    expect(two).toEqual(one);
    const onWorkers = await stored();
    expect(onWorkers.identifiers).toEqual(inOne.identifiers);
    // send times are thinned per slice, so only accounts with few messages keep exactly the same ones
    const strip = (ps: typeof inOne.profiles) => ps.map((p) => ({ ...p, times: p.times.length > 0 }));
    expect(strip(onWorkers.profiles)).toEqual(strip(inOne.profiles));
    const few = inOne.profiles.filter((p) => p.sent < 400);
    expect(few.length).toBeGreaterThan(10);
    for (const p of few)
      expect(
        onWorkers.profiles.find((q) => q.platform === p.platform && q.handle === p.handle)!.times,
      ).toEqual(p.times);
  }, 120_000);
});
