import { hit, type IdentifierHit } from './identifier.ts';

/** 8–16 digits, optionally grouped by single spaces or dashes (MTCNs are 10 digits, often written 3-3-4). */
const DIGIT_RUN = /(?<![\w+.,/:-])\d(?:[ -]?\d){7,15}(?![\w.,/:-]*\d)/g;
/** Upper-case codes of 8–20 letters and digits with at least one digit, e.g. `RM7K2P9QXA`, `X04A1F3B2C`. */
const ALNUM = /(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,20}(?![\w-])/g;
/** Upper-case codes without a digit count only right after a reference cue ("ref", "mtcn", "tracking no" …). */
const LETTERS_AFTER_CUE =
  /(?:mtcn|ref(?:erence)?|control(?:\s+(?:no|number))?|tracking(?:\s+no)?|code|number)\s*[:#.]?\s*([A-Z]{8,20})(?![\w-])/gi;
/** Digit runs shaped like dates (2019-03-12, 12 03 2019) are dates. */
const DATE_LIKE = /^(?:\d{4}[ -]\d{1,2}[ -]\d{1,2}|\d{1,2}[ -]\d{1,2}[ -]\d{4})$/;

/**
 * Candidate transfer references: digit runs and alphanumeric codes. These are candidates only;
 * the analysis keeps those that equal a stored transaction id. Value: digits only / upper case.
 */
export function extractTransferReferences(text: string): IdentifierHit[] {
  const out: IdentifierHit[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    if (DATE_LIKE.test(m[0])) continue;
    out.push(hit('transfer_ref', m[0].replace(/[ -]/g, ''), text, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(ALNUM))
    out.push(hit('transfer_ref', m[0], text, m.index, m.index + m[0].length));
  for (const m of text.matchAll(LETTERS_AFTER_CUE)) {
    const code = m[1]!;
    if (code !== code.toUpperCase()) continue;
    const start = m.index + m[0].length - code.length;
    out.push(hit('transfer_ref', code, text, start, start + code.length));
  }
  return out;
}
