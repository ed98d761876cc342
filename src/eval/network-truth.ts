import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTruth } from '../synth/read-truth.ts';

/** The planted seller networks of a synthetic bundle, indexed the way network evaluation looks things up. */
export interface NetworkTruth {
  /** person id → the network they are a member of (facilitators, relatives, mules). */
  readonly memberOf: ReadonlyMap<string, string>;
  readonly networks: ReadonlyMap<string, { known: boolean; active: boolean; city: string }>;
  /** `platform:handle` (lower-case) → person id. */
  readonly accounts: ReadonlyMap<string, string>;
  /** transaction id → the person who collected it. */
  readonly receiverOf: ReadonlyMap<string, string>;
}

/** Reads truth/networks.csv and network_members.csv (null when the bundle has none). */
export function readNetworkTruth(bundle: string): NetworkTruth | null {
  if (!existsSync(join(bundle, 'truth', 'network_members.csv'))) return null;
  const t = readTruth(bundle);
  return {
    memberOf: new Map(t.network_members.map((m) => [m.person_id, m.network_id])),
    networks: new Map(
      t.networks.map((n) => [n.network_id, { known: n.known, active: n.active, city: n.city }]),
    ),
    accounts: new Map(
      t.accounts.map((a) => [`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`, a.person_id]),
    ),
    receiverOf: new Map(t.transactions.map((x) => [x.transaction_id, x.receiver_person_id])),
  };
}
