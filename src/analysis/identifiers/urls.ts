import { hit, type IdentifierHit } from './identifier.ts';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** URLs with a scheme or `www.`; trailing punctuation is left out; the value has a lower-cased host. */
export function extractUrls(text: string): IdentifierHit[] {
  if (!text.includes('http') && !/www\./i.test(text)) return [];
  const out: IdentifierHit[] = [];
  for (const m of text.matchAll(URL)) {
    let raw = m[0];
    // Keep a closing bracket that closes one opened inside the URL (wiki-style links).
    const trimmed = raw.replace(TRAILING, '');
    raw = raw.endsWith(')') && trimmed.includes('(') && !trimmed.endsWith(')') ? trimmed + ')' : trimmed;
    if (raw.length < 8) continue;
    const withScheme = /^https?:\/\//i.test(raw) ? raw : `http://${raw}`;
    let value = withScheme;
    try {
      const u = new globalThis.URL(withScheme);
      value = `${u.protocol}//${u.host}${u.pathname === '/' && !raw.endsWith('/') ? '' : u.pathname}${u.search}${u.hash}`;
    } catch {
      continue;
    }
    out.push(hit('url', value, text, m.index, m.index + raw.length));
  }
  return out;
}
