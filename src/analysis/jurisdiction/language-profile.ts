import { eld } from 'eld/medium';

export interface LanguageShare {
  readonly language: string;
  /** Share of the person's reliably detected text (by characters). */
  readonly share: number;
  readonly messages: number;
}

/** Below this a message says too little about its language. */
const MIN_CHARS = 12;

/**
 * The languages a person writes, from eld (a short-text detector) per message, aggregated: only
 * reliable detections count, weighted by length; URLs, e-mails and digits are stripped first.
 * At most `limit` messages (evenly spread over the input) are read: ~15–35 µs each, so 10M
 * messages would take minutes, while a few hundred settle a person's languages.
 */
export function languageProfile(texts: Iterable<string>, limit = 400): LanguageShare[] {
  const eligible: string[] = [];
  for (const raw of texts) {
    const text = raw.replace(/\S+@\S+|https?:\/\/\S+|www\.\S+|[\d+]+/g, ' ').trim();
    if (text.length >= MIN_CHARS) eligible.push(text);
  }
  const step = Math.max(1, eligible.length / limit);
  const chars = new Map<string, number>();
  const count = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < eligible.length; i += step) {
    const text = eligible[Math.floor(i)]!;
    const r = eld.detect(text);
    if (!r.language || !r.isReliable()) continue;
    chars.set(r.language, (chars.get(r.language) ?? 0) + text.length);
    count.set(r.language, (count.get(r.language) ?? 0) + 1);
    total += text.length;
  }
  return [...chars]
    .map(([language, n]) => ({ language, share: n / total, messages: count.get(language)! }))
    .sort((a, b) => b.share - a.share);
}

/**
 * Countries where a language is a main language, with how specific the language is for each
 * (1 = the language all but identifies the country). English is nearly uninformative.
 */
export const LANGUAGE_COUNTRIES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: { DE: 1, AT: 0.6, CH: 0.5, LU: 0.2 },
  nl: { NL: 1, BE: 0.6 },
  sv: { SE: 1, FI: 0.2 },
  no: { NO: 1 },
  da: { DK: 1, NO: 0.4 },
  fi: { FI: 1 },
  fr: { FR: 1, BE: 0.5, CH: 0.4, CA: 0.3, LU: 0.2 },
  es: { ES: 1, MX: 0.5, AR: 0.4, CO: 0.4, US: 0.1 },
  it: { IT: 1, CH: 0.3 },
  pl: { PL: 1 },
  pt: { PT: 1, BR: 0.8 },
  cs: { CZ: 1 },
  sk: { SK: 1 },
  hu: { HU: 1 },
  ro: { RO: 1 },
  el: { GR: 1 },
  tr: { TR: 1 },
  ru: { RU: 1, BY: 0.5, UA: 0.3 },
  ja: { JP: 1 },
  ko: { KR: 1 },
  tl: { PH: 1 },
  en: { US: 0.2, GB: 0.2, AU: 0.2, CA: 0.2, IE: 0.2, NZ: 0.2, PH: 0.1 },
};
