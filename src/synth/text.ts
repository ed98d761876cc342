/**
 * Fills chat templates. Templates are compiled once into literal and slot parts; a `Slots`
 * object holds the values for the current conversation and burst.
 */
import type { Lang } from './countries.ts';
import { templates, type Intent } from './lexicon/index.ts';
import type { Rng } from './prng.ts';

export const SLOT_NAMES = [
  'name',
  'myname',
  'time',
  'day',
  'amount',
  'ref',
  'provider',
  'rname',
  'rcity',
  'email',
  'phone',
  'handle',
  'platform',
  'date',
  'city',
  'flight',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export type Slots = Record<SlotName, string>;

type Part = string | { slot: SlotName };
const compiled = new Map<string, readonly (readonly Part[])[]>();

function compile(template: string): Part[] {
  const parts: Part[] = [];
  const re = /\{([a-z]+)\}/g;
  let at = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    parts.push({ slot: m[1] as SlotName });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return parts;
}

export function line(rng: Rng, lang: Lang, intent: Intent, slots: Slots): string {
  const key = `${lang}|${intent}`;
  let list = compiled.get(key);
  if (list === undefined) {
    list = templates(lang, intent).map(compile);
    compiled.set(key, list);
  }
  const parts = list[Math.floor(rng.next() * list.length)] ?? [];
  let s = '';
  for (const p of parts) s += typeof p === 'string' ? p : slots[p.slot];
  return s;
}

export function emptySlots(): Slots {
  const s = {} as Slots;
  for (const k of SLOT_NAMES) s[k] = '';
  return s;
}

const DAYS: Partial<Record<Lang, readonly string[]>> = {
  en: ['tonight', 'tomorrow', 'saturday', 'sunday', 'friday', 'monday'],
  de: ['heute', 'morgen', 'samstag', 'sonntag', 'freitag'],
  nl: ['vanavond', 'morgen', 'zaterdag', 'zondag', 'vrijdag'],
  sv: ['ikväll', 'imorgon', 'lördag', 'söndag', 'fredag'],
  no: ['i kveld', 'i morgen', 'lørdag', 'søndag', 'fredag'],
  da: ['i aften', 'i morgen', 'lørdag', 'søndag', 'fredag'],
  fr: ['ce soir', 'demain', 'samedi', 'dimanche', 'vendredi'],
  es: ['esta noche', 'mañana', 'sábado', 'domingo', 'viernes'],
  it: ['stasera', 'domani', 'sabato', 'domenica', 'venerdì'],
  pl: ['dziś', 'jutro', 'sobota', 'niedziela', 'piątek'],
};

export function dayWord(rng: Rng, lang: Lang): string {
  return rng.pick(DAYS[lang] ?? (DAYS.en as readonly string[]));
}

/** A clock time as people type it: "9pm", "21:00", "8.30". */
export function clockText(rng: Rng, lang: Lang, hour: number): string {
  const minute = rng.pick(['00', '00', '00', '30', '15']);
  if (lang === 'en' || lang === 'taglish') {
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    const suffix = hour < 12 ? 'am' : 'pm';
    return minute === '00' ? `${h12}${suffix}` : `${h12}:${minute}${suffix}`;
  }
  return `${hour}:${minute}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function dateText(rng: Rng, utcMs: number): string {
  const d = new Date(utcMs);
  const m = MONTHS[d.getUTCMonth()] ?? 'January';
  const day = d.getUTCDate();
  const r = rng.next();
  if (r < 0.4) return `${day} ${m}`;
  if (r < 0.7) return `${m} ${day}`;
  return `${String(day).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}
