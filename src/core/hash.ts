import { hash } from 'node:crypto';

/** Hex SHA-256 of a string or bytes (one-shot: no hash object per call, which ingest makes per row). */
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

/** A short stable id derived from content: the first `length` hex digits of SHA-256 over the parts. */
export function contentId(parts: readonly (string | number | null | undefined)[], length = 24): string {
  let text = '';
  for (const p of parts) text += (p === null || p === undefined ? '\u0000' : String(p)) + '\u001f';
  return sha256Hex(text).slice(0, length);
}
