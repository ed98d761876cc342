/**
 * Platform handles and e-mail addresses. Each handle is unique on its platform; some carry the
 * person's name or phone (an identity trail), most are pseudonyms.
 */
import { countryOf } from './countries.ts';
import { transliterate } from './name-noise.ts';
import type { FullName } from './names.ts';
import { formatPhone, phoneHandle, type Phone } from './phones.ts';
import type { Rng } from './prng.ts';

export const PLATFORMS = ['skype', 'messenger', 'yahoo', 'whatsapp', 'viber'] as const;
export type Platform = (typeof PLATFORMS)[number];

const WORDS = [
  'sunset',
  'traveler',
  'bluesky',
  'nightowl',
  'wanderer',
  'eagle',
  'tiger',
  'rocky',
  'cooldude',
  'happy',
  'gentle',
  'sailor',
  'biker',
  'fisher',
  'hunter',
  'chef',
  'pilot',
  'lucky',
  'silver',
  'golden',
  'storm',
  'north',
  'river',
  'mountain',
  'ocean',
  'thunder',
  'falcon',
  'wolf',
  'bear',
  'jazz',
  'guitar',
  'coffee',
  'island',
  'shadow',
  'lonewolf',
  'captain',
  'doc',
  'teddy',
  'maverick',
  'cowboy',
  'viking',
  'ranger',
];

function ascii(s: string, rng: Rng): string {
  return transliterate(s, rng)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export class HandleRegistry {
  private readonly taken = new Map<string, Set<string>>();

  claim(platform: string, wanted: string, rng: Rng): string {
    let set = this.taken.get(platform);
    if (set === undefined) {
      set = new Set();
      this.taken.set(platform, set);
    }
    let h = wanted;
    while (set.has(h.toLowerCase())) h = `${wanted}${rng.int(1, 999)}`;
    set.add(h.toLowerCase());
    return h;
  }
}

/** A handle as the person would choose it on the platform. */
export function wantedHandle(
  platform: Platform,
  rng: Rng,
  name: FullName,
  phone: Phone,
  birthYear: number,
): string {
  const g = ascii(name.given, rng);
  const s = ascii(name.surname, rng);
  const yy = String(birthYear % 100).padStart(2, '0');
  const word = rng.pick(WORDS);
  switch (platform) {
    case 'skype': {
      const r = rng.next();
      if (r < 0.3) return `live:.cid.${rng.alnum(16, '0123456789abcdef')}`;
      if (r < 0.5) return `live:${word}_${rng.int(1, 999)}`;
      if (r < 0.75) return `${g}.${s}${rng.chance(0.5) ? yy : ''}`;
      return `${word}${g.slice(0, 1)}${rng.int(10, 99)}`;
    }
    case 'messenger':
      return rng.chance(0.6) ? `1000${rng.digits(11)}` : `${g}.${s}.${rng.int(1, 9999)}`;
    case 'yahoo': {
      const r = rng.next();
      if (r < 0.4) return `${word}_${g}${yy}`;
      if (r < 0.7) return `${g}${s}${rng.int(1, 99)}`;
      return `${word}${rng.pick(WORDS)}${rng.int(1, 9999)}`;
    }
    case 'whatsapp':
      return phoneHandle(phone);
    case 'viber':
      return formatPhone(phone, countryOf(phone.country).phone, 'e164');
  }
}

/** An e-mail address: name-bearing (an identity trail) or pseudonymous. */
export function drawEmail(rng: Rng, name: FullName, domains: readonly string[], birthYear: number): string {
  const g = ascii(name.given, rng);
  const s = ascii(name.surname, rng);
  const domain = rng.chance(0.7)
    ? rng.pick(domains)
    : rng.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com']);
  const r = rng.next();
  let local: string;
  if (r < 0.3) local = `${g}.${s}`;
  else if (r < 0.45) local = `${g}${s}${birthYear % 100}`;
  else if (r < 0.55) local = `${g.charAt(0)}.${s}`;
  else if (r < 0.65) local = `${s}.${g}${rng.int(1, 99)}`;
  else local = `${rng.pick(WORDS)}${rng.chance(0.5) ? '.' : '_'}${rng.pick(WORDS)}${rng.int(1, 999)}`;
  return `${local}@${domain}`;
}
