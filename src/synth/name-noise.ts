/**
 * How a name gets written on a transfer: as the clerk or the app captured it. Rates are
 * documented in docs/synthetic-world.md (table "sender-name noise").
 */
import { fullNameText, type FullName } from './names.ts';
import type { Rng } from './prng.ts';

export const NAME_NOISE_RATES: readonly (readonly [NameVariant, number])[] = [
  ['exact', 52],
  ['upper', 10],
  ['swapped', 8],
  ['initial', 7],
  ['middle-initial', 5],
  ['typo', 8],
  ['transliterated', 5],
  ['nickname', 5],
];

export type NameVariant =
  'exact' | 'upper' | 'swapped' | 'initial' | 'middle-initial' | 'typo' | 'transliterated' | 'nickname';

const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  William: ['Bill', 'Will', 'Billy'],
  Robert: ['Bob', 'Rob', 'Bobby'],
  Richard: ['Rick', 'Dick', 'Rich'],
  James: ['Jim', 'Jimmy'],
  Michael: ['Mike', 'Mick'],
  Thomas: ['Tom', 'Tommy'],
  Christopher: ['Chris'],
  Anthony: ['Tony'],
  Stephen: ['Steve'],
  Steven: ['Steve'],
  Daniel: ['Dan', 'Danny'],
  David: ['Dave'],
  Kenneth: ['Ken', 'Kenny'],
  Ronald: ['Ron', 'Ronnie'],
  Timothy: ['Tim'],
  Gregory: ['Greg'],
  Jeffrey: ['Jeff'],
  Douglas: ['Doug'],
  Leonard: ['Len', 'Lenny'],
  Andrew: ['Andy', 'Drew'],
  Johannes: ['Hans', 'Jan'],
  Hendrik: ['Henk'],
  Wolfgang: ['Wolfi'],
  Matthias: ['Matze'],
  Giuseppe: ['Beppe', 'Peppe'],
  Francesco: ['Franco', 'Cesco'],
  Salvatore: ['Totò', 'Salvo'],
  Francisco: ['Paco', 'Pancho'],
  José: ['Pepe'],
  Manuel: ['Manolo'],
  Krzysztof: ['Krzysiek'],
  Stanisław: ['Staszek'],
  Jose: ['Joey', 'Pepe'],
  Reynaldo: ['Rey', 'Nald'],
  Eduardo: ['Eddie', 'Ed'],
  'John Paul': ['JP'],
  Jennifer: ['Jen'],
  Patricia: ['Pat', 'Patty'],
  Maria: ['Mia', 'Marie'],
};

const TRANSLIT: Readonly<Record<string, readonly string[]>> = {
  ü: ['ue', 'u'],
  ö: ['oe', 'o'],
  ä: ['ae', 'a'],
  ß: ['ss'],
  ø: ['o', 'oe'],
  å: ['aa', 'a'],
  æ: ['ae'],
  é: ['e'],
  è: ['e'],
  ç: ['c'],
  ł: ['l'],
  ś: ['s'],
  ż: ['z'],
  ź: ['z'],
  ó: ['o'],
  ą: ['a'],
  ę: ['e'],
  ń: ['n'],
  ñ: ['n'],
  í: ['i'],
  á: ['a'],
  ú: ['u'],
  É: ['E'],
  Á: ['A'],
  Ł: ['L'],
  Ö: ['Oe', 'O'],
  Ü: ['Ue', 'U'],
};

export function transliterate(text: string, rng: Rng): string {
  let out = '';
  for (const ch of text) {
    const alts = TRANSLIT[ch];
    out += alts === undefined ? ch : rng.pick(alts);
  }
  return out;
}

function typo(word: string, rng: Rng): string {
  if (word.length < 4) return word;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1); // dropped letter
    case 1:
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2); // swapped letters
    case 2:
      return word.slice(0, i) + (word[i] ?? '') + word.slice(i); // doubled letter
    default: {
      const near: Record<string, string> = {
        a: 'e',
        e: 'i',
        i: 'y',
        o: 'u',
        n: 'm',
        m: 'n',
        s: 'z',
        c: 'k',
        k: 'c',
        t: 'd',
      };
      const c = word[i] ?? '';
      return word.slice(0, i) + (near[c] ?? c) + word.slice(i + 1);
    }
  }
}

export function noisyName(name: FullName, rng: Rng, variant?: NameVariant): string {
  const v = variant ?? rng.weighted(NAME_NOISE_RATES);
  const { given, middle, surname } = name;
  switch (v) {
    case 'exact':
      return fullNameText(name);
    case 'upper':
      return `${given} ${surname}`.toUpperCase();
    case 'swapped':
      return rng.chance(0.6) ? `${surname.toUpperCase()}, ${given.toUpperCase()}` : `${surname} ${given}`;
    case 'initial':
      return `${given.charAt(0)}${rng.chance(0.5) ? '.' : ''} ${surname}`;
    case 'middle-initial':
      return middle === null ? `${given} ${surname}` : `${given} ${middle.charAt(0)}. ${surname}`;
    case 'typo':
      return rng.chance(0.5) ? `${typo(given, rng)} ${surname}` : `${given} ${typo(surname, rng)}`;
    case 'transliterated':
      return transliterate(`${given} ${surname}`, rng).toUpperCase();
    case 'nickname': {
      const nick = NICKNAMES[given];
      return `${nick === undefined ? given : rng.pick(nick)} ${surname}`;
    }
  }
}
