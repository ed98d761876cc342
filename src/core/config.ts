import { z } from 'zod';

/**
 * The only place that reads `process.env`. Parsed once, frozen, passed down.
 */
const EnvSchema = z.object({
  VIGIL_CASE: z.string().min(1).optional(),
  VIGIL_STORE: z.string().min(1).optional(),
  VIGIL_LOG: z.enum(['silent', 'info', 'debug']).default('info'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Where shared/ (the specs and reference data) is, when it does not lie beside the repository. */
  VIGIL_SHARED: z.string().min(1).optional(),
  /** Message bytes from which an ingest loads in bulk (indexes dropped, rebuilt at the end). */
  VIGIL_BULK_LOAD_BYTES: z.coerce.number().int().positive().optional(),
});

export type Env = Readonly<z.infer<typeof EnvSchema>>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= Object.freeze(EnvSchema.parse(process.env));
  return cached;
}

/** The case folder: `--case DIR`, else `$VIGIL_CASE`, else `./case`. */
export function caseDir(flag: string | undefined): string {
  return flag ?? env().VIGIL_CASE ?? 'case';
}
