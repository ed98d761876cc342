/**
 * `npm run bench`: every benchmark in turn, each reporting ratios against a floor it measures in
 * the same run. Pass names to run some: `npm run bench -- ingest analyze`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ALL = ['ingest', 'analyze', 'media', 'package', 'synth', 'dedupe', 'server'];
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = 0;
for (const name of chosen.length > 0 ? chosen : ALL) {
  const file = `bench/${name}.bench.ts`;
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no ${file}`);
    continue;
  }
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
