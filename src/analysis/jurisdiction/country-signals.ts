import type { IdentifierHit } from '../identifiers/identifier.ts';
import { emailCountry } from './email-country.ts';
import type { IpClass } from './ip-class.ts';
import { LANGUAGE_COUNTRIES, type LanguageShare } from './language-profile.ts';
import { phoneCountry } from './phone-country.ts';
import type { TimeZoneInference } from './time-zone-inference.ts';

export const SIGNAL_KINDS = [
  'transfer_sender_country',
  'registered_phone',
  'ip_residential',
  'ip_shared',
  'phone_in_chat',
  'email_domain',
  'language',
  'time_zone',
  'place_named',
  'ip_hosting',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** One kind of evidence pointing at one country; `strength` in [0, 1] is the share of that kind's observations. */
export interface CountrySignal {
  readonly kind: SignalKind;
  readonly country: string;
  readonly strength: number;
  readonly evidence: string;
}

/** What a person's records say about where they are. */
export interface CountryObservations {
  readonly transferSenderCountries?: readonly string[];
  readonly registeredPhones?: readonly string[];
  readonly chatPhones?: readonly string[];
  /** IP events already looked up: country (null if unknown) and class; `shared` = used by many accounts without ports. */
  readonly ipEvents?: ReadonlyArray<{
    readonly country: string | null;
    readonly kind: IpClass['kind'];
    readonly shared?: boolean;
  }>;
  readonly emails?: readonly string[];
  readonly languages?: readonly LanguageShare[];
  readonly timeZone?: TimeZoneInference | null;
  /** Place and travel hits from the person's messages; places inside travel mentions are destinations, not home. */
  readonly placeHits?: readonly IdentifierHit[];
}

function shares(kind: SignalKind, values: ReadonlyArray<string | null>, what: string): CountrySignal[] {
  const known = values.filter((v): v is string => !!v);
  if (!known.length) return [];
  const counts = new Map<string, number>();
  for (const c of known) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([country, n]) => ({
    kind,
    country,
    strength: n / known.length,
    evidence: `${what}: ${country} (${n} of ${known.length})`,
  }));
}

/** Turns a person's observations into per-kind country signals for `combineCountrySignals`. */
export function countrySignals(o: CountryObservations): CountrySignal[] {
  const out: CountrySignal[] = [];
  out.push(
    ...shares(
      'transfer_sender_country',
      (o.transferSenderCountries ?? []).map((c) => c.toUpperCase()),
      'transfer sender country',
    ),
  );
  out.push(
    ...shares(
      'registered_phone',
      (o.registeredPhones ?? []).map((p) => phoneCountry(p)),
      'registered phone number',
    ),
  );
  out.push(
    ...shares(
      'phone_in_chat',
      (o.chatPhones ?? []).map((p) => phoneCountry(p)),
      'phone number given in chat',
    ),
  );
  const ips = o.ipEvents ?? [];
  const located = ips.filter((e) => e.country && e.kind !== 'tor');
  const byKind = (k: SignalKind, pick: (e: (typeof ips)[number]) => boolean, what: string) => {
    const sel = located.filter(pick);
    // Strength is the share of all located events, so a few hosting events next to many home events stay small.
    for (const s of shares(
      k,
      sel.map((e) => e.country),
      what,
    ))
      out.push({ ...s, strength: (s.strength * sel.length) / Math.max(1, located.length) });
  };
  byKind('ip_residential', (e) => e.kind === 'residential' && !e.shared, 'IP address');
  byKind('ip_shared', (e) => e.kind === 'residential' && !!e.shared, 'IP address shared by many accounts');
  byKind('ip_hosting', (e) => e.kind === 'hosting', 'hosting/VPN IP address');
  const mails = (o.emails ?? []).map((e) => emailCountry(e));
  out.push(
    ...shares(
      'email_domain',
      mails.map((m) => m?.country ?? null),
      'e-mail domain',
    ),
  );
  const lang = new Map<string, { s: number; why: string[] }>();
  for (const l of o.languages ?? []) {
    for (const [country, specificity] of Object.entries(LANGUAGE_COUNTRIES[l.language] ?? {})) {
      const cur = lang.get(country) ?? { s: 0, why: [] };
      cur.s += l.share * specificity;
      cur.why.push(`${l.language} ${(l.share * 100).toFixed(0)}% of ${l.messages} messages`);
      lang.set(country, cur);
    }
  }
  for (const [country, v] of lang)
    out.push({
      kind: 'language',
      country,
      strength: Math.min(1, v.s),
      evidence: `language: ${v.why.join(', ')}`,
    });
  const tz = o.timeZone;
  if (tz && tz.events > 0) {
    const best = tz.zones[0];
    for (const c of tz.countries)
      if (c.p >= 0.05)
        out.push({
          kind: 'time_zone',
          country: c.country,
          strength: c.p,
          evidence: `activity profile of ${tz.events} events fits ${c.country}'s zones with p=${c.p.toFixed(2)} (best zone ${best?.zone ?? '?'})`,
        });
  }
  const hits = o.placeHits ?? [];
  const travel = hits.filter((h) => h.type === 'travel');
  const home = hits.filter(
    (h) => h.type === 'place' && !travel.some((t) => h.start >= t.start && h.end <= t.end),
  );
  out.push(
    ...shares(
      'place_named',
      home.map((h) => h.country ?? null),
      'places named in chat',
    ),
  );
  return out;
}
