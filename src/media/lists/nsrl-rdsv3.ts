import Database from 'better-sqlite3';
import { normalHex, type HashListResult, type KnownHash } from './known-hash.ts';

/** Tables or views of an RDSv3 database that carry hashes, best first. */
const CANDIDATES = ['FILE', 'DISTINCT_HASH'];

/**
 * NSRL RDSv3 (SQLite): known-good software files, to exclude from review. Reads the FILE table
 * (sha256, sha1, md5, file_name, file_size, package_id) or the DISTINCT_HASH view, deduplicated.
 * `onEntry` streams entries (the real RDS has hundreds of millions of rows); without it they are collected.
 */
export function readNsrlRdsV3(path: string, list = 'NSRL', onEntry?: (e: KnownHash) => void): HashListResult {
  const out: HashListResult = { entries: [], rejected: [] };
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    out.rejected.push({
      line: 0,
      raw: path,
      reason: `not readable as SQLite: ${e instanceof Error ? e.message : String(e)}`,
    });
    return out;
  }
  try {
    const names = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view')").all() as {
          name: string;
        }[]
      ).map((r) => r.name.toUpperCase()),
    );
    const source = CANDIDATES.find((c) => names.has(c));
    if (!source) {
      out.rejected.push({ line: 0, raw: path, reason: 'no FILE table or DISTINCT_HASH view (not RDSv3)' });
      return out;
    }
    const stmt = db.prepare(`SELECT DISTINCT sha256, sha1, md5 FROM ${source}`);
    let row = 0;
    for (const r of stmt.iterate() as Iterable<{ sha256: unknown; sha1: unknown; md5: unknown }>) {
      row++;
      const e: KnownHash = { list, knownGood: true, category: 'known-good' };
      const sha256 = normalHex(r.sha256, 64);
      const sha1 = normalHex(r.sha1, 40);
      const md5 = normalHex(r.md5, 32);
      if (sha256) e.sha256 = sha256;
      if (sha1) e.sha1 = sha1;
      if (md5) e.md5 = md5;
      if (!sha256 && !sha1 && !md5)
        out.rejected.push({ line: row, raw: JSON.stringify(r), reason: 'no usable hash' });
      else if (onEntry) onEntry(e);
      else out.entries.push(e);
    }
  } catch (e) {
    out.rejected.push({ line: 0, raw: path, reason: e instanceof Error ? e.message : String(e) });
  } finally {
    db.close();
  }
  return out;
}
