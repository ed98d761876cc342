import { VigilError } from '../../core/errors.ts';
import { linkRecords, type LinkConstraints, type LinkResult } from './link-records.ts';
import {
  applyColumnOverrides,
  detectPersonColumns,
  type ColumnMap,
  type PersonRole,
} from './person-columns.ts';
import { PERSON_BLOCKING, PERSON_COMPARISONS } from './person-comparisons.ts';
import { preparePerson, type PersonInput } from './person-record.ts';

export interface DedupeOptions {
  readonly idColumn: string;
  /** `role=Header,...` overrides of the detected columns. */
  readonly columns?: string;
  readonly threshold?: number;
  readonly constraints?: LinkConstraints;
}

export interface DedupeResult {
  readonly header: readonly string[];
  /** Cluster id per data row, in row order. */
  readonly clusterIds: readonly string[];
  readonly columns: ColumnMap;
  readonly result: LinkResult;
}

/** One table row as a person input, using the column map. */
export function rowToPerson(id: string, row: readonly string[], columns: ColumnMap): PersonInput {
  const one = (role: PersonRole): string | null => {
    const v = (columns[role] ?? [])
      .map((i) => row[i]?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    return v || null;
  };
  const many = (role: PersonRole): string[] =>
    (columns[role] ?? [])
      .flatMap((i) => (row[i] ?? '').split(';'))
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    id,
    given: one('given'),
    surname: one('surname'),
    fullName: one('full_name'),
    dob: one('dob'),
    streetNumber: one('street_number'),
    address: one('address'),
    city: one('city'),
    postcode: one('postcode'),
    state: one('state'),
    country: one('country'),
    phones: many('phone'),
    emails: many('email'),
    ids: many('shared_id'),
  };
}

/** Runs the person linkage over a parsed table (header first) and gives each row its cluster id. */
export function dedupeTable(rows: readonly (readonly string[])[], options: DedupeOptions): DedupeResult {
  const [header, ...data] = rows;
  if (!header) throw new VigilError('The CSV file is empty: it needs a header row.');
  const idIdx = header.findIndex((h) => h.trim().toLowerCase() === options.idColumn.trim().toLowerCase());
  if (idIdx < 0)
    throw new VigilError(`--id: no column named "${options.idColumn}" in the header (${header.join(', ')}).`);
  const columns = applyColumnOverrides(
    header,
    detectPersonColumns(header, options.idColumn),
    options.columns,
  );
  if (!columns.given && !columns.surname && !columns.full_name)
    throw new VigilError(
      'No name column found; name one with --columns full_name=Header (or given=…,surname=…).',
    );
  const seen = new Map<string, number>();
  const ids = data.map((row, i) => {
    const base = row[idIdx]?.trim() || `row-${i + 2}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n + 1}` : base;
  });
  const persons = data.map((row, i) => preparePerson(rowToPerson(ids[i]!, row, columns)));
  const result = linkRecords(
    persons,
    { comparisons: PERSON_COMPARISONS, blocking: PERSON_BLOCKING },
    {
      threshold: options.threshold,
      constraints: options.constraints,
    },
  );
  return { header, clusterIds: ids.map((id) => result.clusterOf.get(id) ?? id), columns, result };
}
