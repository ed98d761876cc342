import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short stable id derived from content: the first `length` hex digits of SHA-256 over the parts. */
export function contentId(parts: readonly (string | number | null | undefined)[], length = 24): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p === null || p === undefined ? '\u0000' : String(p));
    h.update('\u001f');
  }
  return h.digest('hex').slice(0, length);
}
