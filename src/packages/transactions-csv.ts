import { toCsv } from './csv.ts';
import type { PackageInput } from './package-input.ts';
import { utcIso } from './utc-time.ts';

const HEADER = [
  'person_id',
  'transaction_id',
  'provider',
  'sent_at_utc',
  'amount',
  'currency',
  'sender_name',
  'receiver',
  'receiver_country',
  'handling_code',
  'tlp',
  'source_file_sha256',
  'source_line',
] as const;

/** transactions.csv: every payment of every lead, in lead order then time order. */
export function transactionsCsv(input: PackageInput): string {
  const rows = input.leads.flatMap((l) =>
    l.payments.map((p) => [
      l.person_id,
      p.transaction_id,
      p.provider,
      utcIso(p.sent_at),
      p.amount,
      p.currency,
      p.sender_name,
      p.receiver,
      p.receiver_country,
      l.markings.handling_code,
      l.markings.tlp,
      p.source?.file_sha256 ?? null,
      p.source?.line ?? null,
    ]),
  );
  return toCsv(HEADER, rows);
}
