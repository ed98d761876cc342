import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { VigilError } from '../core/errors.ts';
import { sha256Hex } from '../core/hash.ts';
import { MANIFEST_FILE, SIGNATURE_FILE, buildManifest, serializeManifest } from './manifest.ts';
import type { ManifestFile } from './manifest.ts';
import { signManifest } from './manifest-signature.ts';
import type { EffectiveMarkings } from './markings.ts';
import type { PackageInput } from './package-input.ts';
import { buildPackageFiles } from './package-files.ts';
import type { SigningKey } from './signing-key.ts';

/** What a build produced: enough for the audit log (which leads, manifest hash). */
export interface BuiltPackage {
  readonly country: string;
  readonly dir: string;
  readonly leads: readonly string[];
  readonly networks: readonly string[];
  readonly markings: EffectiveMarkings;
  readonly files: readonly ManifestFile[];
  /** SHA-256 of manifest.json. */
  readonly manifestSha256: string;
  readonly keyId: string;
}

async function replaceable(dir: string): Promise<void> {
  const st = await stat(dir).catch(() => null);
  if (st === null) return;
  const entries = st.isDirectory() ? await readdir(dir) : null;
  if (entries !== null && (entries.length === 0 || entries.includes(MANIFEST_FILE))) return;
  throw new VigilError(
    `${dir} exists and is not a Vigil package; choose another --out folder.`,
    409,
    'out_exists',
  );
}

function inside(child: string, parent: string): boolean {
  const c = resolve(child);
  const p = resolve(parent);
  return c === p || c.startsWith(`${p}/`);
}

/**
 * Builds one package into `dir`: content files, manifest.json, manifest.sig. Written into a
 * sibling temporary folder and renamed into place, so a failed build never leaves half a package.
 * An existing package at `dir` is replaced.
 */
export async function buildPackage(input: PackageInput, dir: string, key: SigningKey): Promise<BuiltPackage> {
  const target = resolve(dir);
  if (inside(key.dir, target) || inside(target, key.dir)) {
    throw new VigilError(
      `The key folder ${key.dir} and the package folder ${target} overlap; keys never go into a package.`,
      400,
      'key_in_package',
    );
  }
  const content = await buildPackageFiles(input);
  const files: ManifestFile[] = [...content.files].map(([path, bytes]) => ({
    path,
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
  }));
  const manifestText = serializeManifest(buildManifest(content.input, content.markings, files));
  const manifestBytes = Buffer.from(manifestText, 'utf8');

  await replaceable(target);
  const tmp = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    for (const [path, bytes] of content.files) await writeFile(join(tmp, path), bytes);
    await writeFile(join(tmp, MANIFEST_FILE), manifestBytes);
    await writeFile(join(tmp, SIGNATURE_FILE), signManifest(manifestBytes, key));
    if ((await stat(target).catch(() => null)) !== null) await rm(target, { recursive: true });
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return {
    country: content.input.country,
    dir: target,
    leads: content.input.leads.map((l) => l.person_id),
    networks: (content.input.networks ?? []).map((n) => n.network_id),
    markings: content.markings,
    files,
    manifestSha256: sha256Hex(manifestBytes),
    keyId: key.keyId,
  };
}
