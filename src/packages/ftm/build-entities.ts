import { handlingOrder, stricterMarkings } from '../markings.ts';
import type { PackageInput } from '../package-input.ts';
import { EntitySet } from './entity-set.ts';
import type { FtmEntity } from './entity-set.ts';
import { addLeadEntities } from './lead-entities.ts';
import { addNetworkEntities } from './network-entities.ts';

/** Every FtM entity of a package, sorted by id. */
export function buildEntities(input: PackageInput): FtmEntity[] {
  const order = handlingOrder(input);
  const set = new EntitySet((a, b) => stricterMarkings(a, b, order));
  for (const lead of input.leads) addLeadEntities(set, input, lead);
  for (const network of input.networks ?? []) addNetworkEntities(set, input, network);
  return set.sorted();
}

/** entities.json: one entity per line, FollowTheMoney's line-based convention (as `ftm` and Aleph read it). */
export function entitiesJson(entities: readonly FtmEntity[]): string {
  return entities.map((e) => `${JSON.stringify(e)}\n`).join('');
}
