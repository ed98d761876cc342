/**
 * Ingest benchmark: `npm run bench:ingest [-- --rows 10000000]`.
 * Reports, in one run: the parse floor (read + parse the same file with our CSV reader), our ingest
 * (worker parse + SQLite load + FTS build), their ratio, rows/s, database size, peak RSS, and search
 * latency p50/p95 for selective and common queries.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CsvRecordReader } from '../src/bundle/csv-records.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { textChunks } from '../src/ingest/text-chunks.ts';
import { writeMessageFile } from '../src/ingest/testing/message-file.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const args = process.argv.slice(2);
const rows = Number(args[args.indexOf('--rows') + 1] ?? NaN) || 1_000_000;
const out = join('bench', 'out');
const bundle = join(out, `bundle-${rows}`);
const file = join(bundle, 'messages.csv');
mkdirSync(bundle, { recursive: true });
if (!existsSync(file)) {
  const t = performance.now();
  await writeMessageFile(file, rows);
  console.log(`generated ${rows} messages in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

// floor: read and parse the same file
let t0 = performance.now();
let parsed = 0;
const reader = new CsvRecordReader();
for await (const chunk of textChunks(file, false)) parsed += reader.push(chunk).length;
parsed += reader.end().length;
const floor = (performance.now() - t0) / 1000;

// ours
const caseDir = join(out, `case-${rows}`);
rmSync(caseDir, { recursive: true, force: true });
const store = SqliteStore.open(caseDir);
// time the end-of-run work (index rebuild, deduplication, full-text) apart from the load
let finalizeS = 0;
const finalize = store.finalizeIngest.bind(store);
store.finalizeIngest = async (runId) => {
  const t = performance.now();
  const r = await finalize(runId);
  finalizeS = (performance.now() - t) / 1000;
  return r;
};
// CPU seconds (all threads) and bytes written to storage: less sensitive to a busy machine than wall time
// (wchar: bytes handed to write(), temporary sort files included; write_bytes: bytes sent to the disk)
const ioCounter = (name: string): number =>
  existsSync('/proc/self/io')
    ? Number(new RegExp(`${name}: (\\d+)`).exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0)
    : 0;
const cpu0 = process.cpuUsage();
const wchar0 = ioCounter('wchar');
const disk0 = ioCounter('write_bytes');
t0 = performance.now();
const report = await ingest(store, [bundle]);
const ours = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const writtenMb = (ioCounter('wchar') - wchar0) / 1e6;
const diskMb = (ioCounter('write_bytes') - disk0) / 1e6;
const dbBytes = ['vigil.db', 'vigil.db-wal']
  .map((f) => join(caseDir, f))
  .filter(existsSync)
  .reduce((s, f) => s + statSync(f).size, 0);

// search latency
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
async function latency(queries: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const text of queries) {
    const t = performance.now();
    await store.search({ text, limit: 20 });
    times.push(performance.now() - t);
  }
  return times;
}
const selective = Array.from({ length: 100 }, (_, i) => {
  const n = ((i * 7919) % Math.max(1, Math.floor(rows / 1000))) * 1000;
  return i % 2 === 0 ? `ref${n.toString(36)}x` : String(7000000000 + n);
});
const common = ['online tonight', 'money', '"see you at the mall"', 'manila OR viber', 'pay*'];
await latency(selective.slice(0, 5));
const sel = await latency(selective);
const com = await latency(common.flatMap((q) => [q, q, q, q]));
await store.close();

const rss = process.resourceUsage().maxRSS / 1024;
const result = {
  rows,
  stored: report.totals.rows_stored,
  parse_floor_s: +floor.toFixed(2),
  ingest_s: +ours.toFixed(2),
  of_which_load_s: +(ours - finalizeS).toFixed(2),
  of_which_indexes_and_fts_s: +finalizeS.toFixed(2),
  ratio_to_floor: +(ours / floor).toFixed(2),
  rows_per_s: Math.round(rows / ours),
  ingest_cpu_s: +((cpu.user + cpu.system) / 1e6).toFixed(2),
  ingest_cpu_us_per_row: +((cpu.user + cpu.system) / rows).toFixed(2),
  written_mb: Math.round(writtenMb),
  disk_written_mb: Math.round(diskMb),
  db_mb: Math.round(dbBytes / 1e6),
  peak_rss_mb: Math.round(rss),
  search_selective_ms: { p50: +percentile(sel, 0.5).toFixed(1), p95: +percentile(sel, 0.95).toFixed(1) },
  search_common_ms: { p50: +percentile(com, 0.5).toFixed(1), p95: +percentile(com, 0.95).toFixed(1) },
};
console.log(JSON.stringify(result, null, 2));
if (parsed !== rows) throw new Error(`the floor parsed ${parsed} rows, expected ${rows}`);
