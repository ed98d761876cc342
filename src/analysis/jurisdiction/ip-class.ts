import type { AsnTable } from './asn-table.ts';
import { HOSTING_ASNS, HOSTING_ORG_PATTERN, HOSTING_RANGES } from './hosting-ranges.ts';
import { inCidr, parseCidr, parseIp, specialRange } from './ip-ranges.ts';

/** What kind of address an IP event came from, as far as offline data tells. */
export interface IpClass {
  readonly ip: string;
  /** residential/mobile (nothing special known), hosting (server, cloud or VPN exit), tor, cgnat, private, invalid. */
  readonly kind: 'residential' | 'hosting' | 'tor' | 'cgnat' | 'private' | 'invalid';
  readonly reason: string;
}

export interface IpClassOptions {
  /** IP → ASN; when given, hosting is decided by ASN and organisation name, else by the range list. */
  readonly asnTable?: AsnTable;
  /** Tor exit addresses known to the case (no offline list ships with Vigil). */
  readonly torExits?: ReadonlySet<string>;
}

const RANGES = Object.entries(HOSTING_RANGES).flatMap(([name, list]) =>
  list.map((c) => [parseCidr(c), name] as const),
);

/** Classifies one address: Tor exit, special range (CGNAT 100.64/10, private), hosting/VPN, else residential. */
export function classifyIp(ip: string, options: IpClassOptions = {}): IpClass {
  if (options.torExits?.has(ip)) return { ip, kind: 'tor', reason: 'Tor exit listed for the case' };
  const special = specialRange(ip);
  if (special === 'invalid') return { ip, kind: 'invalid', reason: 'not an IP address' };
  if (special === 'cgnat') return { ip, kind: 'cgnat', reason: 'carrier-grade NAT range 100.64.0.0/10' };
  if (special) return { ip, kind: 'private', reason: `${special} address` };
  if (options.asnTable) {
    const a = options.asnTable.lookup(ip);
    if (a && (HOSTING_ASNS[a.asn] || HOSTING_ORG_PATTERN.test(a.org)))
      return { ip, kind: 'hosting', reason: `AS${a.asn} ${HOSTING_ASNS[a.asn] ?? a.org}` };
    return { ip, kind: 'residential', reason: a ? `AS${a.asn} ${a.org}` : 'no ASN known' };
  }
  const v = parseIp(ip)!;
  for (const [c, name] of RANGES)
    if (inCidr(v, c)) return { ip, kind: 'hosting', reason: `${name} range ${c.text}` };
  return { ip, kind: 'residential', reason: 'not in a listed hosting range' };
}
