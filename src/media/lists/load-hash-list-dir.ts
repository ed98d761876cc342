import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnownHash, RejectedEntry } from './known-hash.ts';
import { loadHashList, type HashListFormat } from './load-hash-list.ts';

export interface HashListFileReport {
  file: string;
  format: HashListFormat | null;
  entries: number;
  rejected: RejectedEntry[];
  /** Set when the file could not be read at all. */
  error?: string;
}

/**
 * Every known-hash list in a bundle's `hashlists/` folder (CSV, VICS JSON, NSRL SQLite, md5sum text),
 * with a per-file account of what was read and what was rejected; unreadable files are reported, not thrown.
 */
export async function loadHashListDir(
  dir: string,
): Promise<{ entries: KnownHash[]; files: HashListFileReport[] }> {
  const entries: KnownHash[] = [];
  const files: HashListFileReport[] = [];
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch {
    return { entries, files };
  }
  for (const name of names.sort()) {
    try {
      const r = await loadHashList(join(dir, name));
      entries.push(...r.entries);
      files.push({ file: name, format: r.format, entries: r.entries.length, rejected: r.rejected });
    } catch (e) {
      files.push({
        file: name,
        format: null,
        entries: 0,
        rejected: [],
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return { entries, files };
}
