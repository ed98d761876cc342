import { parseIp } from './ip-ranges.ts';

/** One row of an IP → ASN table. */
export interface AsnRange {
  readonly start: bigint;
  readonly end: bigint;
  readonly asn: number;
  readonly org: string;
}

/** A sorted IP → ASN table with binary-search lookup. */
export interface AsnTable {
  lookup(ip: string): { asn: number; org: string } | null;
  readonly size: number;
}

/** Key that keeps IPv4 and IPv6 apart in one sorted table. */
function key(ip: string): bigint | null {
  const v = parseIp(ip);
  if (!v) return null;
  return v.v === 4 ? BigInt(v.n) : (1n << 129n) + v.n;
}

/**
 * Reads the `@ip-location-db/asn` CSV format (`ip_range_start,ip_range_end,asn,organisation`, no
 * header; IPv4 and/or IPv6 rows) into a lookup table.
 */
export function parseAsnCsv(text: string): AsnTable {
  const rows: AsnRange[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const m = /^([^,]+),([^,]+),(\d+),(.*)$/.exec(line);
    if (!m) continue;
    const start = key(m[1]!);
    const end = key(m[2]!);
    if (start === null || end === null) continue;
    rows.push({ start, end, asn: Number(m[3]), org: m[4]!.replace(/^"|"$/g, '').replace(/""/g, '"') });
  }
  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return {
    size: rows.length,
    lookup(ip) {
      const k = key(ip);
      if (k === null) return null;
      let lo = 0;
      let hi = rows.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = rows[mid]!;
        if (k < r.start) hi = mid - 1;
        else if (k > r.end) lo = mid + 1;
        else return { asn: r.asn, org: r.org };
      }
      return null;
    },
  };
}
