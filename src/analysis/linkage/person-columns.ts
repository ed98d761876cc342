import { VigilError } from '../../core/errors.ts';

/** The roles a column of a person table can play. List roles take several columns. */
export const PERSON_ROLES = [
  'given',
  'surname',
  'full_name',
  'dob',
  'street_number',
  'address',
  'city',
  'postcode',
  'state',
  'country',
  'phone',
  'email',
  'shared_id',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Role → column indices. */
export type ColumnMap = Partial<Record<PersonRole, number[]>>;

/** Header patterns, checked in this order (e-mail before address, so "email_address" is an e-mail). */
const PATTERNS: ReadonlyArray<readonly [PersonRole, RegExp]> = [
  ['email', /e-?mail/],
  ['phone', /phone|mobile|^tel|telephone|cell|handy|msisdn/],
  ['dob', /dob|birth|geburt|^born|naissance|nacimiento|fodelse|fødsel/],
  [
    'given',
    /^(given|first|fore|middle)[ _-]?names?$|^first$|^given$|vorname|prenom|prénom|voornaam|fornavn|fornamn|förnamn|^nombre$|^imie$/,
  ],
  [
    'surname',
    /^(sur|last|family)[ _-]?name$|^surname|^last$|nachname|^nom$|achternaam|efternamn|etternavn|efternavn|apellido|nazwisko/,
  ],
  ['full_name', /(^|_|\s)name$|^name|^person$|^holder$|^customer$/],
  ['street_number', /^(street|house)[ _-]?(number|no|nr)$|^house[ _-]?no$|hausnummer|huisnummer/],
  ['postcode', /post[ _-]?code|zip|^plz$|postal|postnummer/],
  ['address', /address|street|strasse|straße|adres|^addr|^adresse|direccion|indirizzo/],
  ['city', /city|suburb|town|^ort$|stadt|locality|ville|plaats|ciudad|citta|miasto|^by$|^stad$/],
  ['state', /^state|province|region|county|bundesland/],
  ['country', /country|^land$|pais|país|nation|^pays$/],
  ['shared_id', /account|iban|wallet|card|soc[ _-]?sec|ssn|national[ _-]?id|passport|customer[ _-]?id/],
];

const IGNORED = /(^|_|\s)ip(_|\s|$)|ip[ _-]?address|^(sent|seen|registered)_at$/;

/** Detects each column's role from its header; the id column and unrecognised columns are left out. */
export function detectPersonColumns(header: readonly string[], idColumn?: string): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((raw, i) => {
    const h = raw.trim().toLowerCase();
    if (idColumn && h === idColumn.trim().toLowerCase()) return;
    if (IGNORED.test(h)) return;
    const role = PATTERNS.find(([, re]) => re.test(h))?.[0];
    if (role) (map[role] ??= []).push(i);
  });
  return map;
}

/** Applies `role=Header,role=Header` overrides (a role named twice takes both columns). */
export function applyColumnOverrides(
  header: readonly string[],
  map: ColumnMap,
  overrides: string | undefined,
): ColumnMap {
  if (!overrides) return map;
  const out: ColumnMap = { ...map };
  const touched = new Set<PersonRole>();
  for (const part of overrides.split(',')) {
    const [role, col] = part.split('=').map((s) => s.trim());
    if (!role || !col || !(PERSON_ROLES as readonly string[]).includes(role))
      throw new VigilError(
        `--columns: "${part}" is not role=Header with a role among ${PERSON_ROLES.join(', ')}.`,
      );
    const idx = header.findIndex((h) => h.trim().toLowerCase() === col.toLowerCase());
    if (idx < 0) throw new VigilError(`--columns: no column named "${col}" in the header.`);
    const r = role as PersonRole;
    for (const k of PERSON_ROLES) if (out[k]?.includes(idx)) out[k] = out[k].filter((x) => x !== idx);
    if (!touched.has(r)) out[r] = [];
    touched.add(r);
    out[r]!.push(idx);
  }
  return out;
}
