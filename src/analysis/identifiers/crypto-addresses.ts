import { createHash } from 'node:crypto';
import { hit, type IdentifierHit } from './identifier.ts';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58].map((c, i) => [c, i]));
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_INDEX = new Map([...BECH32].map((c, i) => [c, i]));

const LEGACY = /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g;
const SEGWIT = /\bbc1[02-9ac-hj-np-z]{11,71}\b/gi;
const ETH = /\b0x[0-9a-fA-F]{40}\b/g;

function sha256(b: Uint8Array): Buffer {
  return createHash('sha256').update(b).digest();
}

function base58Decode(s: string): Uint8Array | null {
  let n = 0n;
  for (const c of s) {
    const v = BASE58_INDEX.get(c);
    if (v === undefined) return null;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const c of s) {
    if (c !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/** Bitcoin P2PKH/P2SH address with a valid base58check checksum. */
export function isValidBase58Check(address: string): boolean {
  const bytes = base58Decode(address);
  if (!bytes || bytes.length !== 25) return false;
  const payload = bytes.subarray(0, 21);
  const check = sha256(sha256(payload));
  return check.subarray(0, 4).equals(Buffer.from(bytes.subarray(21)));
}

function polymod(values: readonly number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}

/** Segwit address (bech32 for v0, bech32m for v1+), checksum and program length validated. */
export function isValidBech32(address: string): boolean {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return false;
  const a = address.toLowerCase();
  const sep = a.lastIndexOf('1');
  if (sep < 1 || a.length - sep < 7) return false;
  const hrp = a.slice(0, sep);
  const data: number[] = [];
  for (const c of a.slice(sep + 1)) {
    const v = BECH32_INDEX.get(c);
    if (v === undefined) return false;
    data.push(v);
  }
  const expanded = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
  ];
  const check = polymod([...expanded, ...data]);
  const version = data[0] ?? -1;
  const constant = version === 0 ? 1 : 0x2bc830a3;
  if (check !== constant) return false;
  const programBits = (data.length - 7) * 5;
  const programBytes = Math.floor(programBits / 8);
  if (version === 0) return programBytes === 20 || programBytes === 32;
  return version <= 16 && programBytes >= 2 && programBytes <= 40;
}

/** Bitcoin (base58check, bech32/bech32m validated) and Ethereum (0x + 40 hex, lower-cased) addresses. */
export function extractCryptoAddresses(text: string): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  if (/[13]/.test(text)) {
    for (const m of text.matchAll(LEGACY)) {
      if (isValidBase58Check(m[0]))
        out.push(hit('crypto', m[0], text, m.index, m.index + m[0].length, { platform: 'btc' }));
    }
  }
  if (/bc1/i.test(text)) {
    for (const m of text.matchAll(SEGWIT)) {
      if (isValidBech32(m[0]))
        out.push(
          hit('crypto', m[0].toLowerCase(), text, m.index, m.index + m[0].length, { platform: 'btc' }),
        );
    }
  }
  if (text.includes('0x')) {
    for (const m of text.matchAll(ETH)) {
      out.push(hit('crypto', m[0].toLowerCase(), text, m.index, m.index + m[0].length, { platform: 'eth' }));
    }
  }
  return out;
}
