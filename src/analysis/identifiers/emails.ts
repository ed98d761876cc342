import { hit, type IdentifierHit } from './identifier.ts';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}])/giu;
/** "name at gmail dot com", "name(at)gmail(dot)com", "name [at] gmail [dot] com". */
const OBFUSCATED =
  /\b([a-z0-9][a-z0-9._+-]{1,62})\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*([a-z0-9-]{2,63})\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s|\.)\s*(com|net|org|de|nl|uk|co\.uk|se|no|dk|fr|es|it|pl|ph|ch|at|be|au|ca|us|info|me)\b/gi;
const OBFUSCATION_PROVIDERS =
  /^(gmail|yahoo|hotmail|outlook|live|gmx|web|icloud|aol|mail|protonmail|proton|yandex|msn|t-online|orange|free|libero|wp|onet|o2)$/i;

/** E-mail addresses, lower-cased; also the common spelled-out form when the domain is a known mail provider. */
export function extractEmails(text: string): IdentifierHit[] {
  if (!text.includes('@') && !/\b(?:at|dot)\b|\((?:at|dot)\)|\[(?:at|dot)\]/i.test(text)) return [];
  const out: IdentifierHit[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      const start = m.index;
      out.push(hit('email', m[0].toLowerCase(), text, start, start + m[0].length));
    }
  }
  for (const m of text.matchAll(OBFUSCATED)) {
    const [, user, domain, tld] = m;
    if (!user || !domain || !tld || !OBFUSCATION_PROVIDERS.test(domain)) continue;
    const start = m.index;
    out.push(hit('email', `${user}@${domain}.${tld}`.toLowerCase(), text, start, start + m[0].length));
  }
  return out;
}
