import anyAscii from 'any-ascii';

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sr',
  'sra',
  'jr',
  'sir',
]);

/** Name text → ASCII lower-case tokens, titles and punctuation removed. */
export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  return anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .replace(/['-]/g, '')
    .split(/\s+/)
    .filter((t) => t && !TITLES.has(t));
}

/** Joined name tokens, or null. */
export function normaliseName(name: string | null | undefined): string | null {
  const t = nameTokens(name);
  return t.length ? t.join(' ') : null;
}

/** Splits a full name into given and surname: "SMITH, John" → surname first; else the last token is the surname. */
export function splitFullName(full: string | null | undefined): {
  given: string | null;
  surname: string | null;
} {
  if (!full) return { given: null, surname: null };
  const comma = full.indexOf(',');
  if (comma > 0)
    return { surname: normaliseName(full.slice(0, comma)), given: normaliseName(full.slice(comma + 1)) };
  const t = nameTokens(full);
  if (t.length === 0) return { given: null, surname: null };
  if (t.length === 1) return { given: null, surname: t[0]! };
  return { given: t.slice(0, -1).join(' '), surname: t[t.length - 1]! };
}

/**
 * A date of birth as `YYYYMMDD`: reads `YYYY-MM-DD`, `YYYYMMDD`, `DD/MM/YYYY`, `DD.MM.YYYY`
 * (and `MM/DD/YYYY` when the first part cannot be a day-of-month ≤ 12 ambiguity: day > 12 wins).
 * Keeps a syntactically odd but digit-complete value rather than dropping evidence.
 */
export function normaliseDob(dob: string | null | undefined): string | null {
  if (!dob) return null;
  const s = dob.trim();
  let m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:[T\s].*)?$/.exec(s);
  if (m && s.length >= 8) return `${m[1]}${m[2]!.padStart(2, '0')}${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    let [d, mo] = [Number(m[1]), Number(m[2])];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    return `${m[3]}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  }
  const digits = s.replace(/\D/g, '');
  return digits.length === 8 ? digits : null;
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  st: 'street',
  str: 'strasse',
  straße: 'strasse',
  rd: 'road',
  ave: 'avenue',
  av: 'avenue',
  dr: 'drive',
  ln: 'lane',
  ct: 'court',
  cres: 'crescent',
  pl: 'place',
  sq: 'square',
  hwy: 'highway',
  blvd: 'boulevard',
  tce: 'terrace',
  pde: 'parade',
  cl: 'close',
  gr: 'grove',
  mt: 'mount',
  apt: 'apartment',
  unit: 'unit',
  flat: 'flat',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  nth: 'north',
  sth: 'south',
  hts: 'heights',
  cir: 'circuit',
  crt: 'court',
};

/** Address text → ASCII lower-case tokens with common street abbreviations expanded. */
export function addressTokens(address: string | null | undefined): string[] {
  if (!address) return [];
  return anyAscii(address)
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => STREET_WORDS[t] ?? t);
}

/** Phone text → its last nine digits (drops country code and trunk prefix differences), or null. */
export function normalisePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const d = phone.replace(/\D/g, '');
  return d.length >= 6 ? d.slice(-9) : null;
}

/** Lower-case trimmed text, or null when empty. */
export function normaliseText(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = anyAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t || null;
}
