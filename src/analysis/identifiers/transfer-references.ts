import { hit, type IdentifierHit } from './identifier.ts';

/** 8–16 digits, optionally grouped by single spaces or dashes (MTCNs are 10 digits, often written 3-3-4). */
const DIGIT_RUN = /(?<![\w+.,/:-])\d(?:[ -]?\d){7,15}(?![\w.,/:-]*\d)/g;
/** Mixed letters and digits, 8–20 characters, e.g. provider references like `AB12C3456789`. */
const DATE_LIKE = /^(?:\d{4}[ -]\d{1,2}[ -]\d{1,2}|\d{1,2}[ -]\d{1,2}[ -]\d{4})$/;
const ALNUM =
  /(?<![\w-])(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{8,20}(?![\w-])/g;

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
  for (const m of text.matchAll(ALNUM)) {
    if (/^\d+$/.test(m[0])) continue;
    out.push(hit('transfer_ref', m[0], text, m.index, m.index + m[0].length));
  }
  return out;
}
