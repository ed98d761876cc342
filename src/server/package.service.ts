import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import type { PackageBuild, PackageEntry } from '../core/package-types.ts';
import { verifyPackage, type VerifyResult } from '../packages/verify-package.ts';
import type { User } from '../store/users.ts';
import { writePackageBuild } from './package-build.ts';
import { parseInput } from './parse-input.ts';
import type { Services } from './services.ts';

export type { PackageBuild, PackageEntry };

export const BuildInput = z.object({
  countries: z.union([z.literal('all'), z.array(z.string().trim().toUpperCase().length(2)).min(1).max(50)]),
  /** Include leads not approved for dissemination; the reason goes into each manifest. */
  override: z.string().trim().min(5).max(1000).optional(),
});

const SAFE = /^[A-Za-z0-9_-]{1,80}$/;

async function readBuilds(dir: string): Promise<PackageBuild[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const builds: PackageBuild[] = [];
  for (const n of names.filter((x) => SAFE.test(x))) {
    const text = await readFile(join(dir, n, 'build.json'), 'utf8').catch(() => null);
    if (text !== null) builds.push(JSON.parse(text) as PackageBuild);
  }
  return builds.sort((a, b) => b.at - a.at);
}

/** GET /api/packages: builds, newest first; a liaison sees only their countries' packages. */
export async function listPackages(s: Services, user: User): Promise<readonly PackageBuild[]> {
  s.access.require(user, 'leads.read');
  const builds = await readBuilds(s.packages.dir);
  return builds
    .map((b) => ({ ...b, packages: b.packages.filter((p) => s.access.mayReadAttributed(user, [p.country])) }))
    .filter((b) => b.packages.length > 0);
}

/** POST /api/packages: builds signed packages of approved leads (or all leads, with a reason). */
export async function buildPackageSet(s: Services, user: User, input: unknown): Promise<PackageBuild> {
  const req = parseInput(BuildInput, input);
  s.access.require(user, 'packages.manage');
  const build = await writePackageBuild(s.store, {
    countries: req.countries,
    ...(req.override === undefined ? {} : { override: req.override }),
    user: user.username,
    dir: s.packages.dir,
    keyDir: s.packages.keyDir,
  });
  await auditBuild(s, build);
  return build;
}

/** Audits each package of a build (`package.build`) and tells the workbench it exists. */
export async function auditBuild(s: Pick<Services, 'audit' | 'bus'>, build: PackageBuild): Promise<void> {
  for (const p of build.packages)
    await s.audit.record(build.user, 'package.build', `package:${build.id}/${p.folder}`, {
      country: p.country,
      leads: p.leads,
      manifest_sha256: p.manifest_sha256,
      override: build.override,
    });
  s.bus.publish({
    type: 'package.built',
    data: { id: build.id },
    audience: { countries: build.packages.map((p) => p.country) },
  });
}

/** The package folder behind a build and folder name, if this user may see it. */
async function packageOf(s: Services, user: User, build: string, folder: string): Promise<PackageEntry> {
  if (!SAFE.test(build) || !SAFE.test(folder)) throw new VigilError('No such package.', 404, 'not_found');
  const b = (await readBuilds(s.packages.dir)).find((x) => x.id === build);
  const p = b?.packages.find((x) => x.folder === folder);
  if (p === undefined) throw new VigilError('No such package.', 404, 'not_found');
  if (!s.access.mayReadAttributed(user, [p.country])) {
    await s.audit.record(user.username, 'access.refused', `package:${build}/${folder}`, {});
    throw new VigilError('This package is not for your countries.', 403, 'need_to_know');
  }
  return p;
}

/** POST /api/packages/:build/:folder/verify: signature and every file's hash. */
export async function verifyPackageOf(
  s: Services,
  user: User,
  build: string,
  folder: string,
): Promise<VerifyResult> {
  s.access.require(user, 'packages.manage');
  await packageOf(s, user, build, folder);
  const result = await verifyPackage(join(s.packages.dir, build, folder));
  await s.audit.record(user.username, 'package.verify', `package:${build}/${folder}`, { ok: result.ok });
  return result;
}

async function filesUnder(dir: string, prefix = ''): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) Object.assign(out, await filesUnder(dir, rel));
    else if (e.isFile()) out[rel] = await readFile(join(dir, rel));
  }
  return out;
}

/** GET /api/packages/:build/:folder/download: the folder as a zip, audited as an export. */
export async function packageZip(
  s: Services,
  user: User,
  build: string,
  folder: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  s.access.require(user, 'leads.read');
  const p = await packageOf(s, user, build, folder);
  const files = await filesUnder(join(s.packages.dir, build, folder));
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${folder}/${k}`, v])));
  await s.audit.record(user.username, 'export', `package:${build}/${folder}`, {
    country: p.country,
    manifest_sha256: p.manifest_sha256,
  });
  return { name: `vigil-${folder}-${build}.zip`, bytes };
}
