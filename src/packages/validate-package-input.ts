import { VigilError } from '../core/errors.ts';
import type { PackageInput } from './package-input.ts';

const COUNTRY = /^[A-Z]{2}$/;
const SUFFIX = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The folder a package is written to: its country code, or `<country>-<suffix>`. */
export function packageFolderName(input: PackageInput): string {
  return input.folderSuffix === undefined ? input.country : `${input.country}-${input.folderSuffix}`;
}

/**
 * Refuses an input that must not become a package. Above all, a package for one country never
 * contains another country's leads or networks: that would disclose them to the wrong authority.
 */
export function validatePackageInput(input: PackageInput): void {
  const where = `The package for ${input.country}`;
  if (!COUNTRY.test(input.country)) {
    throw new VigilError(`'${input.country}' is not an ISO 3166-1 alpha-2 country code.`, 422, 'bad_country');
  }
  if (input.folderSuffix !== undefined && !SUFFIX.test(input.folderSuffix)) {
    throw new VigilError(
      `${where} has folder suffix '${input.folderSuffix}'; use lowercase letters, digits and '-'.`,
      422,
    );
  }
  if (!Number.isFinite(input.generatedAt)) {
    throw new VigilError(`${where} has no generation time from the case.`, 422);
  }
  if (input.case.id.trim() === '') throw new VigilError(`${where} has no case id.`, 422);
  const foreignLeads = input.leads.filter((l) => l.country !== input.country);
  if (foreignLeads.length > 0) {
    const list = foreignLeads.map((l) => `${l.person_id} (${l.country})`).join(', ');
    throw new VigilError(
      `${where} would contain other countries' leads: ${list}. Refusing to build it.`,
      422,
      'foreign_lead',
    );
  }
  const foreignNetworks = (input.networks ?? []).filter((n) => n.country !== input.country);
  if (foreignNetworks.length > 0) {
    const list = foreignNetworks.map((n) => `${n.network_id} (${n.country})`).join(', ');
    throw new VigilError(
      `${where} would contain other countries' networks: ${list}. Refusing to build it.`,
      422,
      'foreign_network',
    );
  }
  const seen = new Set<string>();
  for (const l of input.leads) {
    if (seen.has(l.person_id)) throw new VigilError(`${where} lists lead ${l.person_id} twice.`, 422);
    seen.add(l.person_id);
  }
  for (const n of input.networks ?? []) {
    if (seen.has(n.network_id)) throw new VigilError(`${where} lists ${n.network_id} twice.`, 422);
    seen.add(n.network_id);
  }
}
