import { normalHex, type HashListResult, type KnownHash } from './known-hash.ts';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field by name, case-insensitively (exports differ in casing). */
function field(o: Json, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

/** VICS 2.0 may carry extra hashes as [{HashName, HashValue}] under `Hashes`. */
function extraHashes(o: Json, e: KnownHash): void {
  const hashes = field(o, 'Hashes');
  if (!Array.isArray(hashes)) return;
  for (const h of hashes) {
    if (!isObject(h)) continue;
    const rawName = field(h, 'HashName') ?? field(h, 'Name');
    const name = (typeof rawName === 'string' ? rawName : '').toLowerCase().replace(/[^a-z0-9]/g, '');
    const value = field(h, 'HashValue') ?? field(h, 'Value');
    if (name === 'md5') e.md5 ??= normalHex(value, 32);
    else if (name === 'sha1') e.sha1 ??= normalHex(value, 40);
    else if (name === 'sha256') e.sha256 ??= normalHex(value, 64);
    else if (name === 'pdq') e.pdq ??= normalHex(value, 64);
  }
}

function mediaEntry(m: Json, list: string): KnownHash {
  const e: KnownHash = { list };
  const md5 = normalHex(field(m, 'MD5'), 32);
  const sha1 = normalHex(field(m, 'SHA1'), 40);
  const sha256 = normalHex(field(m, 'SHA256'), 64);
  const pdq = normalHex(field(m, 'PDQ'), 64);
  if (md5) e.md5 = md5;
  if (sha1) e.sha1 = sha1;
  if (sha256) e.sha256 = sha256;
  if (pdq) e.pdq = pdq;
  extraHashes(m, e);
  for (const k of ['md5', 'sha1', 'sha256', 'pdq'] as const) if (e[k] === undefined) delete e[k];
  const cat = field(m, 'Category');
  if (typeof cat === 'number' || (typeof cat === 'string' && cat.trim() !== ''))
    e.category = String(cat).trim();
  return e;
}

/** Media records of a VICS document: 2.0 puts them straight in `value`; 1.x nests them in cases. */
function mediaRecords(doc: Json): Json[] {
  const value = field(doc, 'value');
  const top = Array.isArray(value) ? value : Array.isArray(field(doc, 'Media')) ? [doc] : [];
  const out: Json[] = [];
  for (const item of top) {
    if (!isObject(item)) continue;
    const nested = field(item, 'Media');
    if (Array.isArray(nested)) for (const m of nested) if (isObject(m)) out.push(m);
    if (
      field(item, 'MD5') !== undefined ||
      field(item, 'SHA1') !== undefined ||
      field(item, 'MediaID') !== undefined
    )
      out.push(item);
  }
  return out;
}

/** Project VIC VICS JSON (1.x with cases holding Media, or 2.0 with Media in `value`); categories kept. */
export function parseVicsJson(text: string, list: string): HashListResult {
  const out: HashListResult = { entries: [], rejected: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    out.rejected.push({
      line: 0,
      raw: text.slice(0, 200),
      reason: `not JSON: ${e instanceof Error ? e.message : String(e)}`,
    });
    return out;
  }
  if (!isObject(doc)) {
    out.rejected.push({ line: 0, raw: text.slice(0, 200), reason: 'not a VICS object' });
    return out;
  }
  mediaRecords(doc).forEach((m, i) => {
    const e = mediaEntry(m, list);
    if (e.md5 || e.sha1 || e.sha256 || e.pdq) out.entries.push(e);
    else
      out.rejected.push({
        line: i + 1,
        raw: JSON.stringify(m).slice(0, 200),
        reason: 'media record without a usable hash',
      });
  });
  return out;
}
