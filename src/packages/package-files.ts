import { canonicalInput } from './canonical-input.ts';
import { buildEntities, entitiesJson } from './ftm/build-entities.ts';
import { checkEntities } from './ftm/check-entities.ts';
import { ipEventsCsv } from './ip-events-csv.ts';
import { leadsCsv } from './leads-csv.ts';
import { mediaCsv } from './media-csv.ts';
import { effectiveMarkings } from './markings.ts';
import type { EffectiveMarkings } from './markings.ts';
import type { PackageInput } from './package-input.ts';
import { buildReport } from './report/build-report.ts';
import { transactionsCsv } from './transactions-csv.ts';
import { validatePackageInput } from './validate-package-input.ts';

export interface PackageContent {
  /** The input in canonical order, as the files were built from it. */
  readonly input: PackageInput;
  readonly markings: EffectiveMarkings;
  /** File name → bytes; everything but manifest.json and manifest.sig. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Builds the content files of one package in memory, after the input has passed every rule. */
export async function buildPackageFiles(raw: PackageInput): Promise<PackageContent> {
  validatePackageInput(raw);
  const input = canonicalInput(raw);
  const markings = effectiveMarkings(input);
  const entities = buildEntities(input);
  const problems = checkEntities(entities);
  if (problems.length > 0) {
    throw new Error(
      `entities.json for ${input.country} does not fit the FollowTheMoney model: ${problems.slice(0, 5).join('; ')}`,
    );
  }
  const text = (s: string): Uint8Array => Buffer.from(s, 'utf8');
  const files = new Map<string, Uint8Array>([
    ['report.pdf', await buildReport(input, markings)],
    ['entities.json', text(entitiesJson(entities))],
    ['leads.csv', text(leadsCsv(input))],
    ['transactions.csv', text(transactionsCsv(input))],
    ['ip_events.csv', text(ipEventsCsv(input))],
    ['media.csv', text(mediaCsv(input))],
  ]);
  return { input, markings, files };
}
