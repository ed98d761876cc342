/**
 * Words no synthetic chat line may contain, in every language the generator writes: sexual
 * vocabulary and words for children. Checked by tests over every template and a generated world.
 */
export const FORBIDDEN_WORDS: ReadonlySet<string> = new Set([
  // English
  'sex', 'sexy', 'sexual', 'nude', 'nudes', 'naked', 'porn', 'child', 'children', 'kid', 'kids', 'girl', 'girls',
  'boy', 'boys', 'baby', 'babies', 'young', 'teen', 'teens', 'minor', 'minors', 'abuse', 'daughter', 'son', 'niece', 'nephew',
  'undress', 'body', 'bed', 'touch', 'cam', 'webcam', 'show', 'private', 'pics', 'video', 'videos',
  // German, Dutch
  'kind', 'kinder', 'mädchen', 'junge', 'nackt', 'meisje', 'jongen', 'naakt', 'tochter', 'dochter',
  // Nordic
  'barn', 'flicka', 'pige', 'jente', 'gutt', 'dreng', 'pojke', 'naken', 'nøgen', 'datter', 'dotter',
  // French, Spanish, Italian, Polish
  'enfant', 'enfants', 'fille', 'garçon', 'nue', 'niño', 'niña', 'niños', 'chica', 'chico', 'desnudo', 'desnuda',
  'bambino', 'bambina', 'bambini', 'ragazza', 'ragazzo', 'nudo', 'nuda', 'dziecko', 'dzieci', 'dziewczyna', 'chłopiec', 'nagi', 'naga',
  // Tagalog, Cebuano
  'bata', 'anak', 'hubad', 'hubo', 'dalaga', 'binata', 'apo',
]);

/** The forbidden words a text contains (whole words, case-insensitive). */
export function forbiddenIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) if (FORBIDDEN_WORDS.has(m[0])) out.push(m[0]);
  return out;
}
