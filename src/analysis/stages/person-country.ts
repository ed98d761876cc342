import type { CountryCandidate } from '../../store/analysis.ts';
import type { IdentifierHit } from '../identifiers/identifier.ts';
import { combineCountrySignals } from '../jurisdiction/country-combiner.ts';
import { countrySignals } from '../jurisdiction/country-signals.ts';
import type { IpClass } from '../jurisdiction/ip-class.ts';
import { inferTimeZone, type TimeZoneInference } from '../jurisdiction/time-zone-inference.ts';
import type { PersonView } from './person-view.ts';

export interface PersonCountry {
  readonly country: string | null;
  readonly confidence: number;
  readonly candidates: readonly CountryCandidate[];
  readonly split: boolean;
  readonly timeZone: TimeZoneInference | null;
}

export interface IpLookups {
  readonly country: (ip: string) => string | null;
  readonly kind: (ip: string) => IpClass['kind'];
  readonly shared: (ip: string) => boolean;
}

/**
 * Ranked country candidates for a person from every signal the records hold (transfer sender
 * country, registered and disclosed phones, IP addresses by class, e-mail domains, language,
 * activity time zone, places named), combined by the jurisdiction engine.
 */
export function personCountry(v: PersonView, ips: IpLookups): PersonCountry {
  const times = v.profiles.flatMap((p) => p.times);
  const timeZone = times.length >= 20 ? inferTimeZone(times) : null;
  const travelMessages = new Set(v.identifiers.filter((r) => r.type === 'travel').map((r) => r.message_id));
  const placeHits: IdentifierHit[] = v.identifiers
    .filter((r) => r.type === 'place' && !travelMessages.has(r.message_id))
    .map((r) => ({
      type: 'place',
      value: r.value,
      raw: r.raw,
      start: r.start,
      end: r.end,
      ...(r.country ? { country: r.country } : {}),
    }));
  const shares = new Map<string, { messages: number; chars: number }>();
  for (const p of v.profiles)
    for (const l of p.languages) {
      const cur = shares.get(l.language) ?? { messages: 0, chars: 0 };
      cur.messages += l.messages;
      cur.chars += l.share * p.sent;
      shares.set(l.language, cur);
    }
  const totalChars = [...shares.values()].reduce((a, s) => a + s.chars, 0);
  const signals = countrySignals({
    transferSenderCountries: v.transactions
      .map((t) => t.sender_country)
      .filter((c): c is string => c !== null),
    registeredPhones: v.subscribers.flatMap((s) => s.phones),
    chatPhones: v.identifiers.filter((r) => r.type === 'phone').map((r) => r.value),
    ipEvents: v.ipEvents.map((e) => ({
      country: ips.country(e.ip),
      kind: ips.kind(e.ip),
      shared: ips.shared(e.ip),
    })),
    emails: [
      ...v.subscribers.flatMap((s) => s.emails),
      ...v.identifiers.filter((r) => r.type === 'email').map((r) => r.value),
    ],
    languages: [...shares].map(([language, s]) => ({
      language,
      share: totalChars > 0 ? s.chars / totalChars : 0,
      messages: s.messages,
    })),
    timeZone,
    placeHits,
  });
  const attribution = combineCountrySignals(signals);
  const candidates = attribution.candidates.map((c) => ({
    country: c.country,
    p: +c.p.toFixed(4),
    evidence: c.evidence,
  }));
  return {
    country: candidates[0]?.country ?? null,
    confidence: candidates[0]?.p ?? 0,
    candidates,
    split: attribution.split,
    timeZone,
  };
}

/** The person's most likely UTC offset (hours), for reading activity in local time. */
export function likelyOffset(tz: TimeZoneInference | null): number | null {
  if (tz === null || tz.offsets.length === 0) return null;
  return [...tz.offsets].sort((a, b) => b.p - a.p)[0]!.offset;
}
