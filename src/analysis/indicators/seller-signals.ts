import { evidence, type IndicatorWeights, type Reason } from './indicator.ts';
import type { CaseContext, PersonData } from './person-data.ts';

/** S1: receives from many unrelated foreign senders. */
export function s1ManyForeignSenders(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const foreign = (p.received ?? []).filter(
    (t) => t.senderCountry && !ctx.sellerCountries.includes(t.senderCountry),
  );
  const senders = new Set(foreign.map((t) => t.senderKey));
  if (senders.size < 5) return null;
  return {
    indicator: 'S1',
    weight: w.S1.weight,
    detail: `receives from ${senders.size} foreign senders in ${new Set(foreign.map((t) => t.senderCountry)).size} countries`,
    evidence: evidence(
      'transaction',
      foreign.map((t) => t.id),
    ),
  };
}

/** S2: based in the high-risk country (top attributed country with p ≥ 0.5). */
export function s2InHighRiskCountry(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  if (!p.country || p.country.p < 0.5 || !ctx.sellerCountries.includes(p.country.country)) return null;
  return {
    indicator: 'S2',
    weight: w.S2.weight,
    detail: `attributed to ${p.country.country} (p=${p.country.p.toFixed(2)})`,
    evidence: [],
  };
}

/** S3: sends offers (offer phrases in the person's own messages). */
export function s3SendsOffers(p: PersonData, _ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const offers = p.messages.filter((m) => m.fromPerson && m.lexicon.some((h) => h.category === 'offer'));
  if (offers.length < 2) return null;
  return {
    indicator: 'S3',
    weight: w.S3.weight,
    detail: `${offers.length} offer messages`,
    evidence: evidence(
      'message',
      offers.map((m) => m.id),
    ),
  };
}
