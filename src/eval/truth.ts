import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VigilError } from '../core/errors.ts';
import { CsvRecordReader } from '../bundle/csv-records.ts';

/** A synthetic bundle's ground truth (shared/spec/case-bundle.md, `truth/`). */
export interface Truth {
  readonly persons: ReadonlyMap<
    string,
    { role: string; country: string; isLead: boolean; urgent: boolean; kind: string | null }
  >;
  /** `platform:handle` (lower-case) → person id. */
  readonly accounts: ReadonlyMap<string, string>;
  /** transaction id → sender person id. */
  readonly transactions: ReadonlyMap<string, string>;
}

function readCsv(path: string): Map<string, string>[] {
  const r = new CsvRecordReader();
  const rows = [...r.push(readFileSync(path, 'utf8')), ...r.end()];
  return rows
    .filter((x) => x.ok)
    .map((x) => new Map([...(x.ok ? x.values : [])].map(([k, v]) => [k, String(v)])));
}

export function readTruth(bundle: string): Truth {
  const dir = join(bundle, 'truth');
  for (const f of ['persons.csv', 'accounts.csv', 'transactions.csv'])
    if (!existsSync(join(dir, f)))
      throw new VigilError(
        `${join(dir, f)} is missing: vigil eval needs a synthetic bundle's truth/ folder.`,
      );
  const persons = new Map(
    readCsv(join(dir, 'persons.csv')).map((r) => [
      r.get('person_id')!,
      {
        role: r.get('role') ?? 'other',
        country: r.get('country') ?? '',
        isLead: r.get('is_lead') === '1',
        urgent: r.get('urgent') === '1',
        kind: r.get('kind') ?? null,
      },
    ]),
  );
  const accounts = new Map(
    readCsv(join(dir, 'accounts.csv')).map((r) => [
      `${r.get('platform')!.toLowerCase()}:${r.get('handle')!.trim().toLowerCase()}`,
      r.get('person_id')!,
    ]),
  );
  const transactions = new Map(
    readCsv(join(dir, 'transactions.csv')).map((r) => [r.get('transaction_id')!, r.get('sender_person_id')!]),
  );
  return { persons, accounts, transactions };
}
