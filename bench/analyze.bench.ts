/**
 * Analysis benchmark: `npm run bench:analyze [-- --scale small|seed] [--seed N]`.
 * Synthesises a world (cached under bench/out), ingests it, runs the analysis pipeline, and prints
 * each stage's seconds, peak RSS and the eval figures against the world's truth.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/stages/analyze.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { readTruth } from '../src/eval/truth.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { writeSynthBundle } from '../src/synth/index.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const scale = arg('scale', 'small') as 'tiny' | 'small' | 'seed';
const seed = Number(arg('seed', '101'));
const bundle = join('bench', 'out', `world-${scale}-${seed}`);
mkdirSync(join('bench', 'out'), { recursive: true });
if (!existsSync(join(bundle, 'truth'))) {
  const t = performance.now();
  await writeSynthBundle({ out: bundle, scale, seed, badRows: false });
  console.log(`synth ${scale} seed ${seed}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const caseDir = join('bench', 'out', `case-${scale}-${seed}`);
rmSync(caseDir, { recursive: true, force: true });
const store = SqliteStore.open(caseDir);
let t = performance.now();
const report = await ingest(store, [bundle]);
const ingestS = (performance.now() - t) / 1000;
t = performance.now();
const a = await analyze(store);
const analyzeS = (performance.now() - t) / 1000;
const evalReport = await evaluate(store, readTruth(bundle));
await store.close();
console.log(
  JSON.stringify(
    {
      scale,
      seed,
      records: report.totals.rows_stored,
      ingest_s: +ingestS.toFixed(1),
      analyze_s: +analyzeS.toFixed(1),
      stage_s: a.seconds,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      persons: a.assess?.persons,
      leads: a.assess?.leads,
      eval: evalReport,
    },
    null,
    2,
  ),
);
