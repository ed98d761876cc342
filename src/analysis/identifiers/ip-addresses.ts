import { isIP } from 'node:net';
import { hit, type IdentifierHit } from './identifier.ts';

const IPV4 =
  /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]*\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;

/** IPv4 (each octet 0–255, no leading zeros) and IPv6 addresses (validated by node:net, lower-cased). */
export function extractIps(text: string): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  if (text.includes('.')) {
    for (const m of text.matchAll(IPV4)) out.push(hit('ip', m[0], text, m.index, m.index + m[0].length));
  }
  if (text.includes('::') || /[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}/i.test(text)) {
    for (const m of text.matchAll(IPV6)) {
      if (isIP(m[0]) !== 6 || !/[0-9a-f]/i.test(m[0])) continue;
      out.push(hit('ip', m[0].toLowerCase(), text, m.index, m.index + m[0].length));
    }
  }
  return out;
}
