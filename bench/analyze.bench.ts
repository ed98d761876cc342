/**
 * Analysis benchmark: `npm run bench:analyze [-- --scale small|seed] [--seed N] [--only a,b]`.
 * Synthesises a world (cached under bench/out/world-SCALE-N), ingests it once (cached under
 * bench/out/ingested-SCALE-N, never analysed), copies that to bench/out/case-SCALE-N, runs the
 * analysis pipeline there, and prints each stage's seconds, peak RSS and the eval figures against
 * the world's truth. `--only linkage,assess` re-runs those stages on the existing case-SCALE-N.
 * `--from DIR` copies an ingested case from DIR (left untouched) to case-SCALE-N-copy instead.
 * `--case-dir DIR` analyses in DIR instead of case-SCALE-N (so parallel runs do not share a case).
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, STAGES, type StageName } from '../src/analysis/stages/analyze.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { readTruth } from '../src/eval/truth.ts';
import { readNetworkTruth } from '../src/eval/network-truth.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { writeSynthBundle } from '../src/synth/index.ts';
import { arg } from './bench-args.ts';

const scale = arg('scale', 'small') as 'tiny' | 'small' | 'seed';
const seed = Number(arg('seed', '101'));
const only = arg('only', '')
  .split(',')
  .filter((s): s is StageName => (STAGES as readonly string[]).includes(s));
const out = join('bench', 'out');
const bundle = join(out, `world-${scale}-${seed}`);
mkdirSync(out, { recursive: true });
if (!existsSync(join(bundle, 'truth'))) {
  const t = performance.now();
  await writeSynthBundle({ out: bundle, scale, seed, badRows: false });
  console.log(`synth ${scale} seed ${seed}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
// --from DIR: an already ingested case to copy (left untouched), instead of ingesting the world
const from = arg('from', '');
const ingested = from !== '' ? from : join(out, `ingested-${scale}-${seed}`);
let ingestS: number | null = null;
let rowsStored: number | null = null;
if (from === '' && !existsSync(join(ingested, 'done'))) {
  const tmp = `${ingested}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const fresh = SqliteStore.open(tmp);
  const t = performance.now();
  const report = await ingest(fresh, [bundle]);
  ingestS = (performance.now() - t) / 1000;
  rowsStored = report.totals.rows_stored;
  await fresh.close();
  cpSync(join(bundle, 'truth', 'persons.csv'), join(tmp, 'done'));
  rmSync(ingested, { recursive: true, force: true });
  renameSync(tmp, ingested);
}
const caseDir =
  arg('case-dir', '') || join(out, from !== '' ? `case-${scale}-${seed}-copy` : `case-${scale}-${seed}`);
if (only.length === 0) {
  rmSync(caseDir, { recursive: true, force: true });
  cpSync(ingested, caseDir, { recursive: true });
}
const store = SqliteStore.open(caseDir);
const t = performance.now();
const a = await analyze(store, only.length === 0 ? STAGES : only);
const analyzeS = (performance.now() - t) / 1000;
const evalReport = await evaluate(store, readTruth(bundle), readNetworkTruth(bundle));
await store.close();
console.log(
  JSON.stringify(
    {
      scale,
      seed,
      records: rowsStored,
      ingest_s: ingestS === null ? null : +ingestS.toFixed(1),
      analyze_s: +analyzeS.toFixed(1),
      stage_s: a.seconds,
      stage_peak_rss_mb: a.peakRssMb,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      persons: a.assess?.persons,
      leads: a.assess?.leads,
      linkage: a.linkage,
      eval: evalReport,
    },
    null,
    2,
  ),
);
