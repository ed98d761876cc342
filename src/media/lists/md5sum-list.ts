import { digestKind, normalHex, type HashListResult, type KnownHash } from './known-hash.ts';

/**
 * md5sum/sha1sum/sha256sum output (`HEX  name`, `HEX *name`), BSD style (`MD5 (name) = HEX`),
 * or one bare digest a line; the algorithm follows from the digest's length. Comments (#) skipped.
 */
export function parseMd5sumList(text: string, list: string, category?: string): HashListResult {
  const out: HashListResult = { entries: [], rejected: [] };
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    const bsd = /^(MD5|SHA1|SHA256) \(.*\) = ([0-9a-fA-F]+)$/.exec(line);
    const token = bsd ? bsd[2]! : line.split(/\s+/)[0]!;
    const kind = digestKind(token);
    const hex = kind ? normalHex(token, token.length) : undefined;
    if (!kind || !hex) {
      out.rejected.push({ line: i + 1, raw: rawLine, reason: 'no MD5, SHA-1 or SHA-256 digest' });
      return;
    }
    const e: KnownHash = { list, [kind]: hex };
    if (category) e.category = category;
    out.entries.push(e);
  });
  return out;
}
