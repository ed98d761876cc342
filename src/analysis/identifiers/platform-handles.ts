import { hit, type IdentifierHit } from './identifier.ts';

/** Platform names as people write them → the platform id used in case bundles. */
const PLATFORMS: Readonly<Record<string, string>> = {
  skype: 'skype',
  whatsapp: 'whatsapp',
  'whats app': 'whatsapp',
  wa: 'whatsapp',
  viber: 'viber',
  telegram: 'telegram',
  tg: 'telegram',
  kik: 'kik',
  snapchat: 'snapchat',
  snap: 'snapchat',
  wechat: 'wechat',
  line: 'line',
  signal: 'signal',
  icq: 'icq',
  yahoo: 'yahoo',
  ym: 'yahoo',
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  facebook: 'facebook',
  fb: 'facebook',
  messenger: 'messenger',
  discord: 'discord',
  wickr: 'wickr',
  threema: 'threema',
  session: 'session',
  hangouts: 'hangouts',
  zoom: 'zoom',
  imo: 'imo',
};
/** Words that read as a handle but are not one. */
const STOP = new Set([
  'me',
  'is',
  'are',
  'and',
  'or',
  'too',
  'the',
  'my',
  'id',
  'name',
  'please',
  'pls',
  'plz',
  'now',
  'then',
  'ok',
  'okay',
  'later',
  'again',
  'there',
  'here',
  'only',
  'it',
  'you',
  'your',
  'us',
  'with',
  'to',
  'on',
  'at',
  'for',
  'account',
  'acc',
  'username',
  'user',
  'number',
  'no',
  'not',
  'call',
  'video',
  'chat',
  'instead',
  'also',
  'if',
  'so',
  'but',
  'a',
  'an',
  'same',
  'new',
  'old',
  'just',
  'ist',
  'er',
  'mijn',
  'min',
  'mitt',
  'mon',
  'mi',
  'mój',
  'ko',
]);

const NAMES = Object.keys(PLATFORMS)
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, '\\s');
/** "add me on skype: x", "my whatsapp is +…", "viber x", "skype id - x", "find me on telegram @x". */
const HANDLE = new RegExp(
  String.raw`(?<![\p{L}\d])(${NAMES})(?:\s+(?:id|name|handle|user(?:name)?|account|acc|number|no\.?|nr\.?|nummer|numero|is|ist|es|est|er|är|=|-|:)){0,3}\s*[:=\-]?\s*(@?(?:live:\.?)?[\p{L}\d][\p{L}\d._\-]{1,63}|\+?\d[\d\s\-]{5,18}\d)`,
  'giu',
);

/** Cheap pre-checks (no Unicode classes): most messages name no platform. */
const PLATFORM_CUE = new RegExp(`\\b(?:${Object.keys(PLATFORMS).join('|').replace(/ /g, '\\s')})\\b`, 'i');
const UNNAMED_CUE = /account|acc\b|\bid\b|handle|offline/i;
/** A platform-less disclosure: "add my other account x", "new account: x", "if I am offline use x". */
const UNNAMED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:other|new|second|backup|alt|2nd)\s+(?:account|acc|id|handle)(?![\p{L}])(?:\s+is)?|offline,?\s+(?:use|try|add|message))\s*[:=\-]?\s*(@?(?:live:\.?)?[\p{L}\d][\p{L}\d._\-]{2,63}|\+\d{7,15})`,
  'giu',
);
/** Platform that a handle's own shape gives away. */
function platformOf(handle: string): string | null {
  if (handle.startsWith('live:')) return 'skype';
  return null;
}

/**
 * Handles on other platforms disclosed in chat. Value `platform:handle`, lower-cased (`*:handle`
 * when no platform is named or implied: match it against every platform); a phone
 * number given for a phone-based platform is kept as digits with its `+` (the phone extractor
 * normalises it separately).
 */
export function extractPlatformHandles(text: string): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  for (const m of PLATFORM_CUE.test(text) ? text.matchAll(HANDLE) : []) {
    const platform = PLATFORMS[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
    let handle = m[2]!.replace(/[.\-_]+$/, '');
    if (!platform) continue;
    const isNumber = /^\+?\d[\d\s-]+$/.test(handle);
    if (isNumber) {
      handle = handle.replace(/[\s-]/g, '');
    } else {
      handle = handle.replace(/^@/, '');
      if (STOP.has(handle.toLowerCase()) || handle.length < 3) continue;
    }
    // Short platform names ("wa", "ig", "tg", "line", "session", "signal") need a separator or a cue before them.
    const cue = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
    const strong = m[0].includes(':') || /\b(?:my|on|via|add|in|auf|op|på|sur|en|su|na|sa)\s*$/.test(cue);
    if (
      ['wa', 'ig', 'tg', 'line', 'session', 'signal', 'snap', 'zoom', 'imo', 'ym'].includes(
        m[1]!.toLowerCase(),
      ) &&
      !strong
    )
      continue;
    // A plain word needs an explicit marker ("skype: dave", "my skype is dave", "skype id dave").
    const looksLikeHandle = isNumber || /[\d._@:]/.test(m[2]!);
    const between = m[0].slice(m[1]!.length, m[0].length - m[2]!.length);
    const explicit =
      /[:=]|\b(?:id|name|user(?:name)?|handle|account|acc)\b/i.test(between) || /\bmy\s*$/.test(cue);
    if (!looksLikeHandle && !explicit) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push(
      hit(
        'handle',
        `${platform}:${handle.toLowerCase()}`,
        text,
        start,
        start + m[2]!.replace(/[.\-_]+$/, '').length,
        { platform },
      ),
    );
  }
  for (const m of UNNAMED_CUE.test(text) ? text.matchAll(UNNAMED) : []) {
    const raw = m[1]!.replace(/[.\-_]+$/, '');
    if (text[m.index + m[0].length] === '@' || STOP.has(raw.toLowerCase())) continue;
    // A plain word needs a colon before it ("new account: dave"); handle-shaped tokens do not.
    if (!/[\d._@:+]/.test(raw) && !m[0].slice(0, m[0].length - m[1]!.length).includes(':')) continue;
    const start = m.index + m[0].length - m[1]!.length;
    if (out.some((h) => start < h.end && start + raw.length > h.start)) continue;
    const handle = raw.replace(/^@/, '').toLowerCase();
    const platform = platformOf(handle);
    out.push(
      hit(
        'handle',
        `${platform ?? '*'}:${handle}`,
        text,
        start,
        start + raw.length,
        platform ? { platform } : undefined,
      ),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
