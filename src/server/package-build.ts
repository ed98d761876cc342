import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { PackageBuild } from '../core/package-types.ts';
import { VigilError } from '../core/errors.ts';
import { buildPackages } from '../packages/build-packages.ts';
import { packageInputsFromStore } from '../packages/from-store.ts';
import { loadOrCreateSigningKey } from '../packages/signing-key.ts';
import type { Store } from '../store/store.ts';

export interface PackageBuildRequest {
  readonly countries: readonly string[] | 'all';
  readonly override?: string;
  readonly user: string;
  /** Where builds go (one folder each) and the signing key folder. */
  readonly dir: string;
  readonly keyDir: string;
  /** Called between steps: reading the case, then signing the packages. */
  readonly onStep?: (step: 'reading' | 'building', packages: number) => void;
}

/** A new build's folder name: sortable by time, unique. */
export const newBuildId = (): string =>
  `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;

/**
 * Builds signed packages of approved leads (or every lead, with an override reason) into a new
 * folder under `dir` and records the build in its `build.json`. Auditing is the caller's.
 */
export async function writePackageBuild(store: Store, req: PackageBuildRequest): Promise<PackageBuild> {
  req.onStep?.('reading', 0);
  const inputs = await packageInputsFromStore(store, {
    countries: req.countries,
    ...(req.override === undefined ? {} : { override: req.override }),
  });
  if (inputs.length === 0)
    throw new VigilError(
      req.override === undefined
        ? 'No lead in these countries is approved for dissemination: approve leads first, or give an override reason.'
        : 'No leads in these countries to package.',
      422,
      'nothing_to_package',
    );
  req.onStep?.('building', inputs.length);
  const id = newBuildId();
  const out = join(req.dir, id);
  await mkdir(out, { recursive: true });
  const key = await loadOrCreateSigningKey(req.keyDir);
  const built = await buildPackages(inputs, out, key);
  const build: PackageBuild = {
    id,
    at: Date.now(),
    user: req.user,
    override: req.override ?? null,
    packages: built.map((b) => ({
      build: id,
      folder: relative(out, b.dir),
      country: b.country,
      leads: b.leads,
      manifest_sha256: b.manifestSha256,
      key_id: b.keyId,
    })),
  };
  await writeFile(join(out, 'build.json'), JSON.stringify(build, null, 2));
  return build;
}
