import type { HashListRecord } from '../../core/records.ts';
import { normalHex, type KnownHash } from './known-hash.ts';

/** A stored `hashlist` record (bundle CSV rows, as ingest keeps them) as a matcher entry. */
export function knownHashFromRecord(r: HashListRecord, defaultList = 'case'): KnownHash | undefined {
  const e: KnownHash = { list: r.list ?? defaultList };
  const md5 = normalHex(r.md5, 32);
  const sha1 = normalHex(r.sha1, 40);
  const sha256 = normalHex(r.sha256, 64);
  const pdq = normalHex(r.pdq, 64);
  if (md5) e.md5 = md5;
  if (sha1) e.sha1 = sha1;
  if (sha256) e.sha256 = sha256;
  if (pdq) e.pdq = pdq;
  if (r.category) e.category = r.category;
  return md5 || sha1 || sha256 || pdq ? e : undefined;
}
