import { createHash } from 'node:crypto';

/**
 * The audit log contract: append-only and hash-chained. Every backend computes the same hash, so a
 * log can be verified wherever it is kept: hash = SHA-256(canonical entry + prev_hash).
 */
export interface AuditEntryInput {
  /** The username, or `system` / `cli:<user>` for actions outside a session. */
  readonly user: string;
  /** What was done, e.g. `search`, `message.view`, `media.reveal`, `login`. */
  readonly action: string;
  /** What it was done to, e.g. `message:skype:abc123`; empty when nothing in particular. */
  readonly object: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface AuditEntry {
  readonly seq: number;
  /** ISO 8601 UTC with milliseconds. */
  readonly time: string;
  readonly user: string;
  readonly action: string;
  readonly object: string;
  /** Canonical JSON text (keys sorted), exactly as hashed. */
  readonly details: string;
  readonly prev_hash: string;
  readonly hash: string;
}

export interface AuditFilter {
  readonly limit: number;
  /** Only entries with seq below this (paging newest first). */
  readonly before?: number;
  readonly user?: string;
  readonly action?: string;
}

export interface AuditLog {
  /** Appends one entry atomically after the current last one. */
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Newest first. */
  list(filter: AuditFilter): Promise<readonly AuditEntry[]>;
  /** Every entry in seq order (streams), for verification. */
  entries(): AsyncIterable<AuditEntry>;
  count(): Promise<number>;
}

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: one text for one value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const obj = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, obj[k]]),
    );
  });
}

/** The hash of an entry: SHA-256 over its canonical fields, then the previous entry's hash. */
export function auditHash(e: Omit<AuditEntry, 'hash'>): string {
  const canonical = canonicalJson([e.seq, e.time, e.user, e.action, e.object, e.details]);
  return createHash('sha256').update(canonical).update(e.prev_hash).digest('hex');
}

export type ChainCheck =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | { readonly ok: false; readonly entries: number; readonly broken_at: number; readonly reason: string };

/** Recomputes the chain; the first entry whose seq, prev_hash or hash does not follow is reported. */
export async function verifyChain(entries: AsyncIterable<AuditEntry>): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let expectedSeq: number | null = null;
  let n = 0;
  for await (const e of entries) {
    n++;
    if (expectedSeq !== null && e.seq !== expectedSeq)
      return { ok: false, entries: n, broken_at: e.seq, reason: `entry ${expectedSeq} is missing` };
    if (e.prev_hash !== prev)
      return { ok: false, entries: n, broken_at: e.seq, reason: 'prev_hash does not match the entry before' };
    if (auditHash(e) !== e.hash)
      return { ok: false, entries: n, broken_at: e.seq, reason: 'hash does not match the entry contents' };
    prev = e.hash;
    expectedSeq = e.seq + 1;
  }
  return { ok: true, entries: n, head: prev };
}
