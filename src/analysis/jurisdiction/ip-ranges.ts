import { isIP } from 'node:net';

/** An IP address as a number (IPv4) or bigint (IPv6), with its family. */
export type IpValue = { readonly v: 4; readonly n: number } | { readonly v: 6; readonly n: bigint };

export function parseIp(ip: string): IpValue | null {
  const kind = isIP(ip);
  if (kind === 4) {
    const p = ip.split('.').map(Number);
    return { v: 4, n: ((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]! };
  }
  if (kind !== 6) return null;
  let s = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = parseIp(v4[1]!);
    if (!n || n.v !== 4) return null;
    s = s.slice(0, -v4[1]!.length) + ((n.n >>> 16).toString(16) + ':' + (n.n & 0xffff).toString(16));
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  let n = 0n;
  for (const g of groups) n = (n << 16n) + BigInt(parseInt(g || '0', 16));
  return { v: 6, n };
}

/** A CIDR block, matched by `inCidr`. */
export interface Cidr {
  readonly v: 4 | 6;
  readonly base: bigint;
  readonly bits: number;
  readonly text: string;
}

export function parseCidr(text: string): Cidr {
  const [addr, len] = text.split('/');
  const ip = parseIp(addr ?? '');
  if (!ip) throw new Error(`not a CIDR block: ${text}`);
  const total = ip.v === 4 ? 32 : 128;
  const bits = len === undefined ? total : Number(len);
  const n = BigInt(ip.n);
  const shift = BigInt(total - bits);
  return { v: ip.v, base: (n >> shift) << shift, bits, text };
}

export function inCidr(ip: IpValue, c: Cidr): boolean {
  if (ip.v !== c.v) return false;
  const total = c.v === 4 ? 32 : 128;
  const shift = BigInt(total - c.bits);
  return (BigInt(ip.n) >> shift) << shift === c.base;
}

const SPECIAL: ReadonlyArray<readonly [string, string]> = [
  ['10.0.0.0/8', 'private'],
  ['172.16.0.0/12', 'private'],
  ['192.168.0.0/16', 'private'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['100.64.0.0/10', 'cgnat'],
  ['0.0.0.0/8', 'reserved'],
  ['192.0.2.0/24', 'documentation'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['::1/128', 'loopback'],
  ['fc00::/7', 'private'],
  ['fe80::/10', 'link-local'],
  ['2001:db8::/32', 'documentation'],
];
const SPECIAL_CIDRS = SPECIAL.map(([c, kind]) => [parseCidr(c), kind] as const);

/** The special-purpose kind of an address (private, cgnat, loopback, …), or null for a public address. */
export function specialRange(ip: string): string | null {
  const v = parseIp(ip);
  if (!v) return 'invalid';
  for (const [c, kind] of SPECIAL_CIDRS) if (inCidr(v, c)) return kind;
  return null;
}
