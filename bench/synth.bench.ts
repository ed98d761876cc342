/**
 * The synthetic world generator: time, peak memory and file sizes of `writeSynthBundle`, and the
 * realized rates of the world (docs/synthetic-world.md).
 *   npx tsx bench/synth.bench.ts [tiny|small|seed] [--seed N] [--out DIR] [--bad-rows]
 * For the figure the docs quote, run it under `/usr/bin/time -v` as well.
 */
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorld } from '../src/synth/build-world.ts';
import { writeSynthBundle, type Scale } from '../src/synth/index.ts';
import { worldStats } from '../src/synth/world-stats.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale: Scale = args.includes('tiny') ? 'tiny' : args.includes('small') ? 'small' : 'seed';
const seed = Number(flag('--seed') ?? 1);
const out = flag('--out') ?? join(tmpdir(), `vigil-synth-${scale}-${seed}`);

const summary = await writeSynthBundle({ out, scale, seed, badRows: args.includes('--bad-rows') });
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const sizes: Record<string, number> = {};
let total = 0;
for (const d of readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!d.isFile()) continue;
  const rel = join(d.parentPath, d.name).slice(out.length + 1);
  sizes[rel] = statSync(join(out, rel)).size;
  total += sizes[rel];
}
console.log(JSON.stringify({ summary, max_rss_mb: maxRssMb, bytes: { total, ...sizes } }, null, 2));
console.log(JSON.stringify({ world_stats: worldStats(buildWorld(seed, scale)) }, null, 2));
