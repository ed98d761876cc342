import type { CountrySignal, SignalKind } from './country-signals.ts';

/**
 * Weight of each kind of evidence in nats (natural-log likelihood ratio for "lives in this
 * country" at full strength). Set by hand, in this order of trust: what a provider recorded
 * about a payer or subscriber, then network location, then what people say or how they write.
 * Documented in docs/analysis.md; case configuration may override them.
 */
export const COUNTRY_SIGNAL_WEIGHTS: Readonly<Record<SignalKind, number>> = {
  transfer_sender_country: 3.0,
  registered_phone: 2.5,
  ip_residential: 2.5,
  ip_shared: 1.5,
  phone_in_chat: 1.5,
  email_domain: 1.0,
  language: 1.0,
  time_zone: 0.8,
  place_named: 0.3,
  ip_hosting: 0.2,
};

/**
 * Prior mass of "somewhere else": as if ten countries without evidence were each as likely as a
 * country with none. It keeps weak evidence weak (one e-mail ccTLD alone gives p ≈ 0.2).
 */
export const OTHER_MASS = 10;

export interface CountryCandidate {
  readonly country: string;
  readonly p: number;
  readonly evidence: string[];
}

export interface CountryAttribution {
  readonly candidates: readonly CountryCandidate[];
  /** Probability left to countries without evidence. */
  readonly other: number;
  /** strong ≥ 0.9, moderate ≥ 0.6, weak below, none without evidence. */
  readonly confidence: 'strong' | 'moderate' | 'weak' | 'none';
  /** The evidence divides between two countries (second at least half as likely as the first, first below 0.8). */
  readonly split: boolean;
}

/** Ranked country candidates with probabilities and the evidence for each. */
export function combineCountrySignals(
  signals: readonly CountrySignal[],
  weights: Readonly<Record<SignalKind, number>> = COUNTRY_SIGNAL_WEIGHTS,
): CountryAttribution {
  const score = new Map<string, { s: number; evidence: string[] }>();
  for (const sig of signals) {
    const cur = score.get(sig.country) ?? { s: 0, evidence: [] };
    const w = weights[sig.kind] * Math.max(0, Math.min(1, sig.strength));
    cur.s += w;
    cur.evidence.push(`${sig.evidence} [+${w.toFixed(2)}]`);
    score.set(sig.country, cur);
  }
  const max = Math.max(0, ...[...score.values()].map((v) => v.s));
  const mass = [...score].map(([country, v]) => ({ country, e: Math.exp(v.s - max), evidence: v.evidence }));
  const other = OTHER_MASS * Math.exp(-max);
  const total = mass.reduce((a, m) => a + m.e, 0) + other;
  const candidates = mass
    .map((m) => ({ country: m.country, p: m.e / total, evidence: m.evidence }))
    .sort((a, b) => b.p - a.p || a.country.localeCompare(b.country));
  const top = candidates[0]?.p ?? 0;
  const second = candidates[1]?.p ?? 0;
  return {
    candidates,
    other: other / total,
    confidence: !candidates.length ? 'none' : top >= 0.9 ? 'strong' : top >= 0.6 ? 'moderate' : 'weak',
    split: top < 0.8 && second >= top / 2 && second > 0.15,
  };
}
