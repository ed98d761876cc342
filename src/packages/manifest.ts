import type { EffectiveMarkings } from './markings.ts';
import type { PackageInput } from './package-input.ts';
import { utcIso } from './utc-time.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const MANIFEST_FORMAT = 'vigil-package/1';

export interface ManifestFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** manifest.json: what the package holds and where it came from. Signed, byte for byte, by manifest.sig. */
export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly case: { readonly id: string; readonly name: string; readonly operation: string };
  readonly country: string;
  readonly recipient_authority: string;
  readonly generated_at: string;
  readonly vigil_version: string;
  readonly markings: EffectiveMarkings;
  /** Person ids in rank order. */
  readonly leads: readonly string[];
  readonly networks: readonly string[];
  readonly override: string | null;
  readonly source_files: readonly { readonly path: string; readonly sha256: string }[];
  /** Every file of the package except manifest.json and manifest.sig, sorted by path. */
  readonly files: readonly ManifestFile[];
}

/** `input` must be canonical; `files` are sorted here. */
export function buildManifest(
  input: PackageInput,
  markings: EffectiveMarkings,
  files: readonly ManifestFile[],
): Manifest {
  return {
    format: MANIFEST_FORMAT,
    case: { id: input.case.id, name: input.case.name, operation: input.case.operation },
    country: input.country,
    recipient_authority: input.recipientAuthority,
    generated_at: utcIso(input.generatedAt),
    vigil_version: input.vigilVersion,
    markings: {
      handling_code: markings.handling_code,
      tlp: markings.tlp,
      requested: markings.requested,
      raised_by: markings.raised_by,
    },
    leads: input.leads.map((l) => l.person_id),
    networks: (input.networks ?? []).map((n) => n.network_id),
    override: input.override ?? null,
    source_files: input.sourceFiles.map((f) => ({ path: f.path, sha256: f.sha256 })),
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

export function serializeManifest(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
