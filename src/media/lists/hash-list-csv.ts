import { normalHex, type HashListResult, type KnownHash } from './known-hash.ts';
import { parseCsv } from './parse-csv.ts';

/**
 * The case bundle's `hashlists/*.csv`: columns md5, sha1, sha256, pdq, category, list (headers
 * case-insensitive, any may be empty but one hash). `defaultList` names entries with no `list`.
 */
export function parseHashListCsv(text: string, defaultList: string): HashListResult {
  const rows = parseCsv(text);
  const out: HashListResult = { entries: [], rejected: [] };
  const header = rows.shift();
  if (!header) return out;
  const col = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  const get = (f: string[], name: string) => {
    const i = col.get(name);
    return i === undefined ? '' : (f[i] ?? '').trim();
  };
  for (const { line, fields } of rows) {
    const raw = fields.join(',');
    const e: KnownHash = { list: get(fields, 'list') || defaultList };
    const bad: string[] = [];
    for (const [name, len] of [
      ['md5', 32],
      ['sha1', 40],
      ['sha256', 64],
      ['pdq', 64],
    ] as const) {
      const v = get(fields, name);
      if (!v) continue;
      const h = normalHex(v, len);
      if (h) e[name] = h;
      else bad.push(`${name} is not ${len} hex digits`);
    }
    const category = get(fields, 'category');
    if (category) e.category = category;
    if (bad.length) out.rejected.push({ line, raw, reason: bad.join('; ') });
    else if (!e.md5 && !e.sha1 && !e.sha256 && !e.pdq) out.rejected.push({ line, raw, reason: 'no hash' });
    else out.entries.push(e);
  }
  return out;
}
