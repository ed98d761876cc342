import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VigilError } from '../core/errors.ts';
import { readTruth as readTruthFiles } from '../synth/read-truth.ts';

/** A synthetic bundle's ground truth, indexed the way evaluation looks things up. */
export interface Truth {
  readonly persons: ReadonlyMap<
    string,
    { role: string; country: string; isLead: boolean; urgent: boolean; kind: string | null }
  >;
  /** `platform:handle` (lower-case) → person id. */
  readonly accounts: ReadonlyMap<string, string>;
  /** transaction id → sender person id (whose money it is, whoever's name is on it). */
  readonly transactions: ReadonlyMap<string, string>;
}

export function readTruth(bundle: string): Truth {
  const dir = join(bundle, 'truth');
  for (const f of ['persons.csv', 'accounts.csv', 'transactions.csv'])
    if (!existsSync(join(dir, f)))
      throw new VigilError(
        `${join(dir, f)} is missing: vigil eval needs a synthetic bundle's truth/ folder.`,
      );
  const t = readTruthFiles(bundle);
  return {
    persons: new Map(
      t.persons.map((p) => [
        p.person_id,
        { role: p.role, country: p.country, isLead: p.is_lead, urgent: p.urgent, kind: p.kind || null },
      ]),
    ),
    accounts: new Map(
      t.accounts.map((a) => [`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`, a.person_id]),
    ),
    transactions: new Map(t.transactions.map((x) => [x.transaction_id, x.sender_person_id])),
  };
}
