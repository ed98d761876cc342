/**
 * A package build as the workbench lists it (`<case>/packages/<build>/build.json`). Types only, so
 * the web app shares them.
 */

/** One country folder of a build. */
export interface PackageEntry {
  readonly build: string;
  readonly folder: string;
  readonly country: string;
  readonly leads: readonly string[];
  readonly manifest_sha256: string;
  readonly key_id: string;
}

export interface PackageBuild {
  readonly id: string;
  readonly at: number;
  readonly user: string;
  readonly override: string | null;
  readonly packages: readonly PackageEntry[];
}
