import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseHashListCsv } from './hash-list-csv.ts';
import type { HashListResult } from './known-hash.ts';
import { parseMd5sumList } from './md5sum-list.ts';
import { readNsrlRdsV3 } from './nsrl-rdsv3.ts';
import { parseVicsJson } from './vics-json.ts';

export type HashListFormat = 'csv' | 'vics' | 'nsrl' | 'md5sum';

/** The format a list file is in, from its first bytes and then its extension. */
export function hashListFormat(path: string, head: Uint8Array): HashListFormat {
  const start = Buffer.from(head.subarray(0, 64)).toString('latin1');
  if (start.startsWith('SQLite format 3\0')) return 'nsrl';
  const trimmed = start.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'vics';
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'vics';
  if (ext === '.db' || ext === '.sqlite') return 'nsrl';
  return /^[^,\n]*(md5|sha1|sha256|pdq)[^\n]*,/i.test(trimmed) ? 'csv' : 'md5sum';
}

/** Reads any supported known-hash list; the list is named after its file unless rows say otherwise. */
export async function loadHashList(
  path: string,
  format?: HashListFormat,
): Promise<HashListResult & { format: HashListFormat }> {
  const name = basename(path, extname(path));
  const data = await readFile(path);
  const f = format ?? hashListFormat(path, data);
  if (f === 'nsrl') return { format: f, ...readNsrlRdsV3(path, name) };
  const text = data.toString('utf8');
  if (f === 'vics') return { format: f, ...parseVicsJson(text, name) };
  if (f === 'csv') return { format: f, ...parseHashListCsv(text, name) };
  return { format: f, ...parseMd5sumList(text, name) };
}
