/**
 * Package benchmark: `npx tsx bench/package.bench.ts [--leads 200] [--countries 24]`.
 * Builds the packages of a seed-scale case (synthetic inputs: ~200 leads across 24 countries),
 * verifies every one, builds them all again into a second folder and checks the two builds are
 * byte-identical. Target: all countries in under a minute.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { buildPackages } from '../src/packages/build-packages.ts';
import { FIXTURE_COUNTRIES, fixturePackageInputs } from '../src/packages/package-fixtures.ts';
import { loadOrCreateSigningKey } from '../src/packages/signing-key.ts';
import { verifyPackage } from '../src/packages/verify-package.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number =>
  Number(args[args.indexOf(name) + 1] ?? NaN) || fallback;
const leads = arg('--leads', 200);
const countries = FIXTURE_COUNTRIES.slice(0, arg('--countries', 24));
const out = join('bench', 'out', 'packages');
await rm(out, { recursive: true, force: true });
const key = await loadOrCreateSigningKey(join(out, 'keys'));
const inputs = fixturePackageInputs(leads, countries);

const seconds = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const v = await fn();
  return [v, (performance.now() - t) / 1000];
};

const [built, buildS] = await seconds(() => buildPackages(inputs, join(out, 'a'), key));
const [results, verifyS] = await seconds(() => Promise.all(built.map((b) => verifyPackage(b.dir))));
const [again] = await seconds(() => buildPackages(inputs, join(out, 'b'), key));

let identical = true;
for (const b of again) {
  for (const f of await readdir(b.dir)) {
    const x = await readFile(join(b.dir, f));
    const y = await readFile(join(out, 'a', basename(b.dir), f));
    if (!x.equals(y)) identical = false;
  }
}
let bytes = 0;
let pdfBytes = 0;
for (const b of built) {
  for (const f of b.files) {
    bytes += f.bytes;
    if (f.path === 'report.pdf') pdfBytes += f.bytes;
  }
}

console.log(`packages: ${built.length} countries, ${leads} leads`);
console.log(
  `build:    ${buildS.toFixed(2)} s (${((buildS / leads) * 1000).toFixed(1)} ms per lead), ${(bytes / 1e6).toFixed(2)} MB of which PDF ${(pdfBytes / 1e6).toFixed(2)} MB`,
);
console.log(
  `verify:   ${verifyS.toFixed(2)} s, ${results.filter((r) => r.ok).length}/${results.length} intact`,
);
console.log(`rebuild byte-identical: ${identical}`);
console.log(`target (< 60 s for all countries): ${buildS < 60 ? 'met' : 'MISSED'}`);
if (!identical || results.some((r) => !r.ok)) process.exitCode = 1;
