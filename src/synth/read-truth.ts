/**
 * Reads a synthetic bundle's truth/ folder into typed rows, for `vigil eval` and tests. Columns are
 * matched by header name, so readers keep working when columns are appended.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvParser } from '../bundle/csv-parser.ts';

export interface TruthPerson {
  readonly person_id: string;
  readonly role: 'seller' | 'buyer' | 'other';
  readonly country: string;
  readonly is_lead: boolean;
  readonly kind: string;
  readonly urgent: boolean;
  readonly urgent_reasons: readonly string[];
  readonly network_id: string | null;
  readonly household_id: string | null;
  readonly name: string;
}

export interface TruthAccount {
  readonly platform: string;
  readonly handle: string;
  readonly person_id: string;
}

export interface TruthTransaction {
  readonly transaction_id: string;
  readonly sender_person_id: string;
  readonly named_person_id: string;
  readonly receiver_person_id: string;
  readonly network_id: string | null;
  readonly purpose: string;
  readonly chat_link: string;
}

export interface TruthNetwork {
  readonly network_id: string;
  readonly known: boolean;
  readonly city: string;
  readonly active: boolean;
}

export interface TruthNetworkMember {
  readonly network_id: string;
  readonly person_id: string;
  readonly role: string;
  readonly receiver: boolean;
}

export interface TruthBadRow {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export interface Truth {
  readonly persons: TruthPerson[];
  readonly accounts: TruthAccount[];
  readonly transactions: TruthTransaction[];
  readonly networks: TruthNetwork[];
  readonly network_members: TruthNetworkMember[];
  readonly bad_rows: TruthBadRow[];
}

type Row = (column: string) => string;

function read(path: string): Row[] {
  if (!existsSync(path)) return [];
  const parser = new CsvParser();
  const rows = [...parser.push(readFileSync(path, 'utf8')), ...parser.end()];
  const header = (rows[0]?.fields ?? []).map((h) => h.trim().toLowerCase());
  return rows
    .slice(1)
    .filter((r) => r.fields.length > 1 || (r.fields[0] ?? '') !== '')
    .map((r) => (column: string) => r.fields[header.indexOf(column)] ?? '');
}

const orNull = (s: string): string | null => (s === '' ? null : s);

export function readTruth(bundle: string): Truth {
  const dir = join(bundle, 'truth');
  return {
    persons: read(join(dir, 'persons.csv')).map((r) => ({
      person_id: r('person_id'),
      role: r('role') as TruthPerson['role'],
      country: r('country'),
      is_lead: r('is_lead') === '1',
      kind: r('kind'),
      urgent: r('urgent') === '1',
      urgent_reasons: r('urgent_reason') === '' ? [] : r('urgent_reason').split(';'),
      network_id: orNull(r('network_id')),
      household_id: orNull(r('household_id')),
      name: r('name'),
    })),
    accounts: read(join(dir, 'accounts.csv')).map((r) => ({
      platform: r('platform'),
      handle: r('handle'),
      person_id: r('person_id'),
    })),
    transactions: read(join(dir, 'transactions.csv')).map((r) => ({
      transaction_id: r('transaction_id'),
      sender_person_id: r('sender_person_id'),
      named_person_id: r('named_person_id'),
      receiver_person_id: r('receiver_person_id'),
      network_id: orNull(r('network_id')),
      purpose: r('purpose'),
      chat_link: r('chat_link'),
    })),
    networks: read(join(dir, 'networks.csv')).map((r) => ({
      network_id: r('network_id'),
      known: r('known') === '1',
      city: r('city'),
      active: r('active') === '1',
    })),
    network_members: read(join(dir, 'network_members.csv')).map((r) => ({
      network_id: r('network_id'),
      person_id: r('person_id'),
      role: r('role'),
      receiver: r('receiver') === '1',
    })),
    bad_rows: read(join(dir, 'bad_rows.csv')).map((r) => ({
      file: r('file'),
      line: Number(r('line')),
      reason: r('reason'),
    })),
  };
}
