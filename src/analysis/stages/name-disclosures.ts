/**
 * A person naming themself in chat ("my name is Ana Cruz for the transfer"): the strongest tie
 * between an account and a payer's name. Self-introduction phrases in the case's languages,
 * followed by two to four capitalised words.
 */
const INTRO = [
  'my name is',
  "my name's",
  'name on the transfer is',
  'under the name',
  'the name is',
  'i am',
  "i'm",
  'mein name ist',
  'ich heiße',
  'ich heisse',
  'mijn naam is',
  'ik ben',
  "je m'appelle",
  'mon nom est',
  'me llamo',
  'mi nombre es',
  'mi chiamo',
  'il mio nome è',
  'nazywam się',
  'mam na imię',
  'jeg heter',
  'jag heter',
  'jeg hedder',
  'mit navn er',
  'ako si',
  'pangalan ko',
];
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
/** A phrase matched in any letter case, while the name after it must be capitalised. */
const anyCase = (phrase: string): string =>
  [...phrase]
    .map((c) =>
      c.toLowerCase() !== c.toUpperCase()
        ? `[${c.toLowerCase()}${c.toUpperCase()}]`
        : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
const PATTERN = new RegExp(
  `(?:^|[^\\p{L}])(?:${INTRO.map(anyCase).join('|')})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`,
  'gu',
);

export interface NameHit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Cheap test first: most messages hold none of the introductions' key words. */
const INTRO_HINT = /nam|heiß|heiss|ben |appelle|llamo|chiamo|nazywam|imi|heter|hedder|navn|ako si|am |i'm /i;

export function extractNameDisclosures(text: string): NameHit[] {
  if (text.length < 10 || !INTRO_HINT.test(text)) return [];
  const out: NameHit[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    out.push({ value: name, start, end: start + name.length });
  }
  return out;
}

const RECEIVER_INTRO = [
  'receiver',
  'receiver is',
  'receiver name',
  'recipient',
  'recipient is',
  'send to',
  'send it to',
  'send the money to',
  'name of receiver',
  'padala kay',
  'ipadala kay',
  'ipadala sa',
  'pangalan',
  'empfänger',
  'ontvanger',
  'destinataire',
  'destinatario',
  'odbiorca',
  'mottaker',
  'mottagare',
  'modtager',
];
const RECEIVER_PATTERN = new RegExp(
  `(?:^|[^\\p{L}])(?:${RECEIVER_INTRO.map(anyCase).join('|')})\\s*[:,-]?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`,
  'gu',
);

/** Names given as where to send money ("use Western Union, receiver Elvira Magbanua"). */
const RECEIVER_HINT = /recei|recipi|send|kay|ipadala|pangalan|empf|ontvang|destinat|odbior|mott|modtag/i;

export function extractReceiverNames(text: string): NameHit[] {
  if (text.length < 10 || !RECEIVER_HINT.test(text)) return [];
  const out: NameHit[] = [];
  for (const m of text.matchAll(RECEIVER_PATTERN)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    out.push({ value: name, start, end: start + name.length });
  }
  return out;
}
