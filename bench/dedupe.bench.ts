/**
 * `vigil dedupe` engine on the generated FEBRL-like person-record benchmark (no national-ID column).
 *   npx tsx bench/dedupe.bench.ts [RECORDS ...] [--seed N]
 * Prints pairwise precision, recall, F1 and seconds for each size.
 */
import {
  BENCHMARK_COLUMNS,
  entityOf,
  generatePersonRecords,
} from '../src/analysis/linkage/benchmark/generate-person-records.ts';
import { pairwiseScores } from '../src/analysis/linkage/benchmark/pairwise-metrics.ts';
import { dedupeTable } from '../src/analysis/linkage/dedupe-table.ts';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 2024;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed').map(Number);

const PROFILES = {
  // FEBRL-like defaults: up to 3 modifications per duplicate, 5% of fields empty.
  standard: {},
  // Harder: up to 5 modifications per duplicate, 10% of fields empty.
  hard: { maxModifications: 5, missingRate: 0.1 },
} as const;

for (const [profile, extra] of Object.entries(PROFILES))
  for (const n of sizes.length ? sizes : [5_000, 10_000, 50_000]) {
    const rows = generatePersonRecords({ records: n, seed, ...extra });
    const table = [[...BENCHMARK_COLUMNS], ...rows.map((r) => BENCHMARK_COLUMNS.map((c) => r[c]))];
    const t0 = performance.now();
    const out = dedupeTable(table, { idColumn: 'rec_id' });
    const seconds = (performance.now() - t0) / 1000;
    const truth = new Map(rows.map((r) => [r.rec_id, entityOf(r.rec_id)]));
    const pred = new Map(rows.map((r, i) => [r.rec_id, out.clusterIds[i]!]));
    const s = pairwiseScores(truth, pred);
    console.log(
      `profile=${profile} records=${n} seed=${seed} candidate_pairs=${out.result.stats.candidatePairs} threshold=${out.result.threshold.toFixed(2)} ` +
        `lambda=${out.result.parameters.lambda.toFixed(4)} em_iterations=${out.result.parameters.iterations} ` +
        `precision=${s.precision.toFixed(4)} recall=${s.recall.toFixed(4)} f1=${s.f1.toFixed(4)} seconds=${seconds.toFixed(2)}`,
    );
  }
