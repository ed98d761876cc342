import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { HashListRecord } from '../../core/records.ts';
import type { Store } from '../../store/store.ts';
import { knownHashFromRecord } from '../lists/known-hash-from-record.ts';
import type { KnownHash } from '../lists/known-hash.ts';
import { loadHashList } from '../lists/load-hash-list.ts';

export interface ListFileReport {
  readonly file: string;
  readonly entries: number;
  readonly rejected: number;
  readonly error?: string;
}

/**
 * Every known hash the case knows: the bundle CSV lists ingest stored as `hashlist` records (named
 * after their file unless a row names its list), and the lists in other formats (Project VIC VICS
 * JSON, NSRL RDSv3 SQLite, md5sum text) found in each bundle's `hashlists/` folder.
 */
export async function caseKnownHashes(
  store: Store,
  roots: readonly string[],
): Promise<{ entries: KnownHash[]; files: ListFileReport[] }> {
  const names = new Map((await store.sources()).map((s) => [s.sha256, basename(s.path, extname(s.path))]));
  const entries: KnownHash[] = [];
  for await (const r of store.records('hashlist')) {
    const e = knownHashFromRecord(r as unknown as HashListRecord, names.get(r.file_sha256) ?? 'case');
    if (e) entries.push(e);
  }
  const files: ListFileReport[] = [];
  for (const root of roots) {
    const dir = join(root, 'hashlists');
    let found: string[];
    try {
      found = (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isFile() && !/\.csv(\.gz)?$/i.test(d.name) && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort();
    } catch {
      continue;
    }
    for (const name of found) {
      const file = join(dir, name);
      try {
        const l = await loadHashList(file);
        entries.push(...l.entries);
        files.push({ file, entries: l.entries.length, rejected: l.rejected.length });
      } catch (e) {
        files.push({ file, entries: 0, rejected: 0, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return { entries, files };
}
