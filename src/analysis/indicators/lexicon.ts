import { EN } from './lexicon/en.ts';
import { DE } from './lexicon/de.ts';
import { NL } from './lexicon/nl.ts';
import { SV } from './lexicon/sv.ts';
import { NO } from './lexicon/no.ts';
import { DA } from './lexicon/da.ts';
import { FR } from './lexicon/fr.ts';
import { ES } from './lexicon/es.ts';
import { IT } from './lexicon/it.ts';
import { PL } from './lexicon/pl.ts';
import { TL } from './lexicon/tl.ts';

/**
 * The indicator lexicon: case configuration supplied by investigators, per language. The default
 * below is deliberately neutral — ordinary words people use when agreeing a price, fixing a time,
 * confirming a payment, asking for a recording, giving a cover story or making an offer. It holds
 * no sexual terms; investigators add the case's own vocabulary in the case configuration.
 */
export const LEXICON_CATEGORIES = [
  'price_negotiation',
  'scheduling',
  'payment_sent',
  'recording_request',
  'cover_story',
  'offer',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** Category → phrases of one language (case-insensitive, matched on word boundaries). */
export type LanguageLexicon = Readonly<Partial<Record<LexiconCategory, readonly string[]>>>;

/** Language (ISO 639-1) → category → phrases. */
export type Lexicon = Readonly<Record<string, LanguageLexicon>>;

export const DEFAULT_LEXICON: Lexicon = {
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
};
