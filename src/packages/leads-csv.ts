import { toCsv } from './csv.ts';
import type { PackageInput } from './package-input.ts';

const HEADER = [
  'rank',
  'person_id',
  'score',
  'urgent',
  'country',
  'country_confidence',
  'grade',
  'handling_code',
  'tlp',
  'names',
  'dates_of_birth',
  'phones',
  'emails',
  'accounts',
  'addresses',
  'indicators',
  'payments',
  'ip_events',
  'chat_excerpts',
] as const;

/** leads.csv: one row per lead; list fields joined with ' | '. */
export function leadsCsv(input: PackageInput): string {
  const rows = input.leads.map((l) => [
    l.rank,
    l.person_id,
    l.score,
    l.urgent,
    l.country,
    l.country_confidence,
    `${l.grade.source}${l.grade.information}`,
    l.markings.handling_code,
    l.markings.tlp,
    l.identity.names.join(' | '),
    l.identity.dates_of_birth.join(' | '),
    l.identity.phones.join(' | '),
    l.identity.emails.join(' | '),
    l.identity.accounts.map((a) => `${a.platform}:${a.handle}`).join(' | '),
    l.identity.addresses.map((a) => a.full).join(' | '),
    l.reasons.map((r) => r.indicator).join(' | '),
    l.payments.length,
    l.ip_events.length,
    l.chat_excerpts.length,
  ]);
  return toCsv(HEADER, rows);
}
