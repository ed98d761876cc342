/** All lexicons by language, English the fallback for any intent a language lacks. */
import type { Lang } from '../countries.ts';
import { CEB } from './ceb.ts';
import { DA } from './da.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import type { Intent, Lexicon } from './intents.ts';
import { IT } from './it.ts';
import { NL } from './nl.ts';
import { NO } from './no.ts';
import { PL } from './pl.ts';
import { SV } from './sv.ts';
import { TAGLISH } from './taglish.ts';
import { TL } from './tl.ts';

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = {
  en: EN,
  de: DE,
  nl: NL,
  sv: SV,
  no: NO,
  da: DA,
  fr: FR,
  es: ES,
  it: IT,
  pl: PL,
  tl: TL,
  ceb: CEB,
  taglish: TAGLISH,
};

/** The templates for an intent in a language, falling back to Taglish for family lines and English otherwise. */
export function templates(lang: Lang, intent: Intent): readonly string[] {
  const own = LEXICONS[lang][intent];
  if (own !== undefined && own.length > 0) return own;
  const fallback = intent.startsWith('f') ? TAGLISH[intent] : EN[intent];
  return fallback ?? EN.cSmall ?? ['ok'];
}

export type { Intent, Lexicon } from './intents.ts';
