/**
 * "The next seizure" measured: `npx tsx bench/diff.bench.ts [--world DIR] [--new N] [--growing N]`.
 * Splits a synthetic world (default bench/out/world-small-101, made by `npm run bench:analyze`)
 * into two seizures — N planted leads only in the second, the records of N more split between
 * them — ingests and analyses the first, ingests and analyses the second into the same case
 * (bench/out/diff-<world>/case, rebuilt each run), and prints the change list's counts, whether
 * each part is exactly what the two analyses and the second seizure's rows say it must be
 * (change-oracle.ts), and the seconds of each step.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { changesSince } from '../src/analysis/history/changes-since.ts';
import { takeSnapshot } from '../src/analysis/history/take-snapshot.ts';
import { accountsOf, mismatches } from '../src/analysis/history/testing/change-oracle.ts';
import { splitTwoSeizures } from '../src/analysis/history/testing/two-seizures.ts';
import { analyze } from '../src/analysis/stages/analyze.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { arg } from './bench-args.ts';

const world = arg('world', join('bench', 'out', 'world-small-101'));
if (!existsSync(join(world, 'truth'))) throw new Error(`${world} is not a synthetic world (no truth/)`);
const dir = join('bench', 'out', `diff-${basename(world)}`);
rmSync(dir, { recursive: true, force: true });
const seconds: Record<string, number> = {};
const timed = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
  const t = performance.now();
  const r = await fn();
  seconds[name] = +((performance.now() - t) / 1000).toFixed(1);
  console.error(`${name}: ${seconds[name]} s`);
  return r;
};

const split = await timed('split', () =>
  splitTwoSeizures(world, dir, {
    newBuyers: Number(arg('new', '3')),
    growingBuyers: Number(arg('growing', '3')),
  }),
);
const store = SqliteStore.open(join(dir, 'case'));
try {
  await timed('ingest first', () => ingest(store, [split.first]));
  await timed('analyze first', () => analyze(store));
  const before = await store.analysis.persons();
  const run = (await timed('ingest second', () => ingest(store, [split.second]))).run_id;
  await timed('analyze second', () => analyze(store));
  const after = await store.analysis.persons();
  const changes = await timed('diff', () => changesSince(store, run));
  const wrong = mismatches(changes, before, after, split.moved);
  const newIds = new Set(changes.new_persons.map((n) => n.person.person_id));
  const appeared = new Set(
    changes.leads.filter((l) => l.kind === 'appeared').map((l) => l.person!.person_id),
  );
  const heldOut = split.newBuyers.map((accounts) => {
    const p = after.find((x) => accountsOf(x).some((a) => accounts.has(a)));
    return {
      lead: p?.lead ?? false,
      new: p !== undefined && newIds.has(p.person_id),
      appeared: p !== undefined && appeared.has(p.person_id),
    };
  });
  await timed('snapshot (again, timed alone)', () => takeSnapshot(store, Date.now()));
  const rows = Object.fromEntries([...split.moved].map(([k, r]) => [k, r.length]));
  console.log(
    JSON.stringify(
      {
        world,
        second_seizure_rows: rows,
        persons: { before: before.length, after: after.length },
        counts: changes.counts,
        held_out_buyers: heldOut,
        exactly_right: wrong.length === 0,
        mismatches: wrong,
        seconds,
      },
      null,
      2,
    ),
  );
} finally {
  await store.close();
}
