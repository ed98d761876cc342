import { toCsv } from './csv.ts';
import type { PackageInput } from './package-input.ts';
import { utcIso } from './utc-time.ts';

const HEADER = [
  'person_id',
  'event_id',
  'ip',
  'port',
  'seen_at_utc',
  'platform',
  'handle',
  'event',
  'ip_country',
  'handling_code',
  'tlp',
  'source_file_sha256',
  'source_line',
] as const;

/** ip_events.csv: what a subscriber request to an ISP needs — address, source port, UTC time. */
export function ipEventsCsv(input: PackageInput): string {
  const rows = input.leads.flatMap((l) =>
    l.ip_events.map((e) => [
      l.person_id,
      e.event_id,
      e.ip,
      e.port,
      utcIso(e.seen_at),
      e.platform,
      e.handle,
      e.event,
      e.ip_country,
      l.markings.handling_code,
      l.markings.tlp,
      e.source?.file_sha256 ?? null,
      e.source?.line ?? null,
    ]),
  );
  return toCsv(HEADER, rows);
}
