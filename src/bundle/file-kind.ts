import type { RecordKind } from '../core/records.ts';

/** What a bundle file is, from its path relative to the bundle root (shared/spec/case-bundle.md). */
export type FileClass =
  | {
      readonly type: 'records';
      readonly kind: RecordKind;
      readonly format: 'csv' | 'jsonl';
      readonly gzip: boolean;
    }
  | { readonly type: 'media' }
  | { readonly type: 'skip'; readonly reason: string };

const PREFIXES: readonly [string, RecordKind][] = [
  ['messages', 'messages'],
  ['accounts', 'accounts'],
  ['transactions', 'transactions'],
  ['ip_events', 'ip_events'],
  ['locations', 'locations'],
  ['media', 'media_links'],
];

export function classifyFile(relPath: string, forcedKind?: RecordKind): FileClass {
  const parts = relPath.split(/[\\/]/);
  const name = (parts.at(-1) ?? '').toLowerCase();
  const top = parts.length > 1 ? (parts[0] ?? '').toLowerCase() : '';
  if (top === 'truth')
    return { type: 'skip', reason: 'ground truth is read only by `vigil eval`, never ingested' };
  if (top === 'media') return { type: 'media' };
  const m = /^(.*)\.(csv|jsonl|json|ndjson)(\.gz)?$/.exec(name);
  if (m === null) return { type: 'skip', reason: 'not a CSV or JSONL file of a known kind' };
  const base = m[1] ?? '';
  const ext = m[2];
  const gzip = m[3] !== undefined;
  if (top === 'hashlists' || forcedKind === 'hashlist') {
    if (ext === 'csv') return { type: 'records', kind: 'hashlist', format: 'csv', gzip };
    return { type: 'skip', reason: 'hash lists in JSON (Project VIC) are read by `vigil media`' };
  }
  const format = ext === 'csv' ? 'csv' : 'jsonl';
  if (ext === 'json')
    return {
      type: 'skip',
      reason: 'a .json file is not JSONL; name it .jsonl if it holds one object a line',
    };
  if (forcedKind !== undefined) return { type: 'records', kind: forcedKind, format, gzip };
  for (const [prefix, kind] of PREFIXES) {
    if (base.startsWith(prefix)) return { type: 'records', kind, format, gzip };
  }
  return {
    type: 'skip',
    reason: 'the name matches no record kind (messages, accounts, transactions, ip_events, locations, media)',
  };
}
