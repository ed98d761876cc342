import { sha256Hex } from '../../core/hash.ts';

/**
 * A record's identity as stored: the first 128 bits of its SHA-256, as two signed 64-bit halves
 * (`key`, indexed, and `key2`). Two rows are one record when both halves match.
 */
export function keyHalves(hex: string): [bigint, bigint] {
  return [
    BigInt.asIntN(64, BigInt(`0x${hex.slice(0, 16)}`)),
    BigInt.asIntN(64, BigInt(`0x${hex.slice(16, 32)}`)),
  ];
}

/** The 32 hex digits a stored (key, key2) pair came from. */
export function hexOfHalves(key: bigint, key2: bigint): string {
  const half = (v: bigint): string => BigInt.asUintN(64, v).toString(16).padStart(16, '0');
  return half(key) + half(key2);
}

/**
 * The key to try next when `hex`'s first 64 bits are taken by a different record: derived from the
 * 128 stored bits only, so the writer and the bulk-load deduplication derive the same chain.
 */
export function nextKey(hex: string): string {
  return sha256Hex(`${hex.slice(0, 32)}#next`).slice(0, 32);
}
