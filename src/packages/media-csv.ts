import { toCsv } from './csv.ts';
import type { PackageInput } from './package-input.ts';

const HEADER = ['person_id', 'category', 'count', 'hashes', 'handling_code', 'tlp'] as const;

/**
 * media.csv: per lead and category, how many media on known-hash lists the lead's accounts sent or
 * received, and their hashes (`algorithm:value`, `;`-separated). Never the media themselves.
 */
export function mediaCsv(input: PackageInput): string {
  const rows = input.leads.flatMap((l) =>
    l.media_matches.counts.map((c) => [
      l.person_id,
      c.category,
      c.count,
      l.media_matches.hashes
        .filter((h) => h.category === c.category)
        .map((h) => `${h.algorithm}:${h.value}`)
        .join(';'),
      l.markings.handling_code,
      l.markings.tlp,
    ]),
  );
  return toCsv(HEADER, rows);
}
