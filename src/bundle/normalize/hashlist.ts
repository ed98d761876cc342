import type { HashListRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { BadField } from './field-rules.ts';
import type { Normalized } from './result.ts';

const HEX_LENGTHS = { md5: 32, sha1: 40, sha256: 64, pdq: 64 } as const;

function hex(f: Fields, name: keyof typeof HEX_LENGTHS): string | null {
  const v = f.text(name);
  if (v === null) return null;
  const lower = v.toLowerCase();
  if (lower.length !== HEX_LENGTHS[name] || !/^[0-9a-f]+$/.test(lower))
    throw new BadField(`${name}: "${v}" is not ${HEX_LENGTHS[name]} hex digits`);
  return lower;
}

export function normalizeHashList(f: Fields): Normalized<HashListRecord> {
  const record: HashListRecord = {
    kind: 'hashlist',
    md5: hex(f, 'md5'),
    sha1: hex(f, 'sha1'),
    sha256: hex(f, 'sha256'),
    pdq: hex(f, 'pdq'),
    category: f.text('category'),
    list: f.text('list'),
  };
  if (record.md5 === null && record.sha1 === null && record.sha256 === null && record.pdq === null)
    return { ok: false, reason: 'missing required field: at least one of md5, sha1, sha256, pdq' };
  return { ok: true, key: JSON.stringify(record), record };
}
