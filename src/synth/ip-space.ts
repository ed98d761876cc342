/**
 * Where the world's IP addresses come from. Home and mobile addresses are drawn from /16 blocks
 * that the offline database Vigil uses (geo-whois-asn-country) places in the person's country,
 * each address checked against it; the database is read once and scanned at x.y.1.1 and
 * x.y.128.1 of every /16 (deterministic). VPN exits come from fixed hosting ranges.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Reader, type CountryResponse } from 'maxmind';
import { classifyIp } from '../analysis/jurisdiction/ip-class.ts';
import type { Rng } from './prng.ts';

/** geo-whois-asn-country records carry only `country_code`. */
type CountryRecord = CountryResponse & { readonly country_code?: string };

const MMDB = '@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv4.mmdb';

/** Hosting ranges VPN and proxy exits are drawn from (DigitalOcean, OVH, Hetzner, Vultr, Linode, M247). */
export const HOSTING_RANGES: readonly string[] = [
  '159.65',
  '167.99',
  '138.68',
  '51.38',
  '54.37',
  '147.135',
  '95.216',
  '116.202',
  '45.76',
  '108.61',
  '172.105',
  '89.187',
];

export class IpSpace {
  private readonly reader: Reader<CountryRecord>;
  private readonly blocks = new Map<string, string[]>();

  constructor() {
    const path = createRequire(import.meta.url).resolve(MMDB);
    this.reader = new Reader<CountryRecord>(readFileSync(path));
    const hosting = new Set(HOSTING_RANGES);
    for (let a = 1; a < 224; a++) {
      if (a === 10 || a === 100 || a === 127 || a === 169 || a === 172 || a === 192 || a === 198) continue;
      for (let b = 0; b < 256; b++) {
        const prefix = `${a}.${b}`;
        // home ISPs only: blocks the offline data places in a country can still be cloud or VPN ranges
        if (hosting.has(prefix) || classifyIp(`${prefix}.1.1`).kind !== 'residential') continue;
        const c1 = this.countryOf(`${prefix}.1.1`);
        const c2 = this.countryOf(`${prefix}.128.1`);
        if (c1 !== null && c1 === c2) {
          let list = this.blocks.get(c1);
          if (list === undefined) this.blocks.set(c1, (list = []));
          list.push(prefix);
        }
      }
    }
  }

  countryOf(ip: string): string | null {
    return this.reader.get(ip)?.country_code ?? null;
  }

  /** A /16 prefix ("a.b") in the country: a person's ISP or a carrier's pool. */
  block(rng: Rng, country: string): string {
    const list = this.blocks.get(country);
    if (list === undefined || list.length === 0) throw new Error(`no IPv4 blocks for ${country}`);
    return rng.pick(list);
  }

  /** An address in the block that the database places in the country (retries inside the block). */
  address(rng: Rng, prefix: string, country: string): string {
    for (let i = 0; i < 40; i++) {
      const ip = `${prefix}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      if (this.countryOf(ip) === country) return ip;
    }
    return `${prefix}.1.1`;
  }

  /** A residential address in the country. */
  home(rng: Rng, country: string): string {
    return this.address(rng, this.block(rng, country), country);
  }

  /** A VPN or hosting exit (country is whatever the database says: often not the user's). */
  vpn(rng: Rng): string {
    return `${rng.pick(HOSTING_RANGES)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}
