import { join } from 'node:path';
import { VigilError } from '../core/errors.ts';
import { buildPackage } from './build-package.ts';
import type { BuiltPackage } from './build-package.ts';
import type { PackageInput } from './package-input.ts';
import type { SigningKey } from './signing-key.ts';
import { packageFolderName, validatePackageInput } from './validate-package-input.ts';

/**
 * One folder per country (ISO code, or `<country>-<suffix>`) under `outDir`, signed with `key`.
 * Every input is checked before anything is written, so one bad input stops the whole run.
 */
export async function buildPackages(
  inputs: readonly PackageInput[],
  outDir: string,
  key: SigningKey,
): Promise<BuiltPackage[]> {
  const folders = new Map<string, PackageInput>();
  for (const input of inputs) {
    validatePackageInput(input);
    const folder = packageFolderName(input);
    if (folders.has(folder)) {
      throw new VigilError(
        `Two packages would be written to ${folder}; give each country one input (or a folderSuffix).`,
        422,
        'duplicate_folder',
      );
    }
    folders.set(folder, input);
  }
  const built: BuiltPackage[] = [];
  for (const folder of [...folders.keys()].sort()) {
    const input = folders.get(folder);
    if (input !== undefined) built.push(await buildPackage(input, join(outDir, folder), key));
  }
  return built;
}
