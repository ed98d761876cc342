import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { buildPackages } from '../packages/build-packages.ts';
import type { BuiltPackage } from '../packages/build-package.ts';
import type { PackageInput } from '../packages/package-input.ts';
import { loadOrCreateSigningKey } from '../packages/signing-key.ts';
import { globals, print, printJson, table } from './context.ts';

export interface PackageRequest {
  /** ISO codes asked for, or 'all'. */
  readonly countries: readonly string[] | 'all';
  /** Reason to include leads not approved for dissemination; the loader records it in each input. */
  readonly override?: string;
}

export interface PackageCommandDeps {
  /** Reads the case and returns one PackageInput per country package to build. */
  readonly loadInputs: (cmd: Command, request: PackageRequest) => Promise<readonly PackageInput[]>;
  /** Called once per built package: the place to write the audit log (who, when, leads, manifest hash). */
  readonly onBuilt?: (cmd: Command, built: BuiltPackage) => Promise<void>;
}

interface PackageOptions {
  readonly out: string;
  readonly country?: string;
  readonly all?: boolean;
  readonly keys?: string;
  readonly override?: string;
  readonly json?: boolean;
}

/** The default key folder: one signing key per installation. */
export function defaultKeyDir(): string {
  return join(homedir(), '.vigil', 'keys');
}

/** `vigil package --out DIR (--country CC[,CC] | --all)`: thin; the case is read by `deps.loadInputs`. */
export function registerPackage(program: Command, deps: PackageCommandDeps): void {
  program
    .command('package')
    .description('build signed information packages, one folder per country')
    .requiredOption('--out <dir>', 'where the country folders go')
    .option('--country <codes>', 'ISO country codes, comma-separated')
    .option('--all', 'every country with leads')
    .option('--keys <dir>', 'the signing key folder (made on first use)', defaultKeyDir())
    .option(
      '--override <reason>',
      'include leads not approved for dissemination; the reason goes into the manifest',
    )
    .option('--json', 'print the built packages as JSON')
    .action(async (opts: PackageOptions, cmd: Command) => {
      if ((opts.all === true) === (opts.country !== undefined))
        cmd.error('error: give either --country CC or --all', { exitCode: 2 });
      const countries =
        opts.all === true
          ? 'all'
          : (opts.country ?? '')
              .split(',')
              .map((c) => c.trim().toUpperCase())
              .filter((c) => c !== '');
      const request: PackageRequest =
        opts.override === undefined ? { countries } : { countries, override: opts.override };
      const inputs = await deps.loadInputs(cmd, request);
      if (inputs.length === 0)
        throw new VigilError(
          `Nothing to package for ${countries === 'all' ? 'any country' : countries.join(', ')}: ${
            request.override === undefined
              ? 'no lead there is approved for dissemination (approve leads in the workbench, or give --override REASON)'
              : 'no leads are attributed there'
          }.`,
          404,
        );
      const key = await loadOrCreateSigningKey(opts.keys ?? defaultKeyDir());
      const built = await buildPackages(inputs, opts.out, key);
      for (const b of built) await deps.onBuilt?.(cmd, b);
      if (opts.json === true || globals(cmd).json === true) {
        return printJson({
          key_id: key.keyId,
          packages: built.map((b) => ({
            country: b.country,
            dir: b.dir,
            leads: b.leads,
            networks: b.networks,
            markings: { handling_code: b.markings.handling_code, tlp: b.markings.tlp },
            manifest_sha256: b.manifestSha256,
            files: b.files,
          })),
        });
      }
      print(
        table(
          ['country', 'leads', 'markings', 'folder', 'manifest sha256'],
          built.map((b) => [
            b.country,
            b.leads.length,
            `TLP:${b.markings.tlp} ${b.markings.handling_code}`,
            b.dir,
            b.manifestSha256,
          ]),
        ),
      );
      print(`Signed with key ${key.keyId}. Check a package with: vigil verify <folder>`);
    });
}
