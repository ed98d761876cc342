import anyAscii from 'any-ascii';

/** Characters outside Latin-1 that WinAnsiEncoding (and so the built-in Helvetica) still has. */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** Marks text shown transliterated in the PDF (the exact text is in entities.json and the CSVs). */
export const TRANSLITERATED_MARK = '\u2020';

function encodable(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);
}

/**
 * Text the built-in Helvetica can draw. Characters it lacks are transliterated to ASCII
 * (Łukasz → Lukasz, Иван → Ivan) and the result is flagged with a dagger so a reader knows the
 * PDF shows a transliteration. Line breaks survive; other control characters become spaces.
 */
export function pdfText(text: string): string {
  let out = '';
  let changed = false;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0x20;
    if (ch === '\n') out += '\n';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += ' ';
    else if (encodable(cp)) out += ch;
    else {
      changed = true;
      out += anyAscii(ch);
    }
  }
  return changed ? `${out}${TRANSLITERATED_MARK}` : out;
}
