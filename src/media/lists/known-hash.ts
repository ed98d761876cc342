/** One entry of a known-hash list: at least one hash, with the list's category kept as written. */
export interface KnownHash {
  md5?: string;
  sha1?: string;
  sha256?: string;
  /** PDQ, 64 hex digits. */
  pdq?: string;
  category?: string;
  /** Name of the list the entry came from. */
  list: string;
  /** Known-good (e.g. NSRL): to exclude from review, not to flag. */
  knownGood?: boolean;
}

/** A line or record that could not be used, kept with its reason. */
export interface RejectedEntry {
  line: number;
  raw: string;
  reason: string;
}

export interface HashListResult {
  entries: KnownHash[];
  rejected: RejectedEntry[];
}

const HEX = /^[0-9a-f]+$/;

/** Lower-cased hex of the expected length, or undefined. */
export function normalHex(value: unknown, length: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return v.length === length && HEX.test(v) ? v : undefined;
}

/** The hash algorithm a bare hex digest's length implies (md5sum-style lists). */
export function digestKind(hex: string): 'md5' | 'sha1' | 'sha256' | undefined {
  if (hex.length === 32) return 'md5';
  if (hex.length === 40) return 'sha1';
  if (hex.length === 64) return 'sha256';
  return undefined;
}
