import { actionabilityReasons } from './actionability.ts';
import { b7PaymentMatchesChat, b8Lexicon, b9LateNight } from './chat-indicators.ts';
import { DEFAULT_WEIGHTS } from './default-weights.ts';
import type { IndicatorWeights, Reason } from './indicator.ts';
import type { CaseContext, PersonData } from './person-data.ts';
import { b11Travel, b12Anonymity } from './risk-indicators.ts';
import { s1ManyForeignSenders, s2InHighRiskCountry, s3SendsOffers } from './seller-signals.ts';
import {
  b1SellerTransfers,
  b2TypicalAmounts,
  b3Frequency,
  b4Escalation,
  b5UnrelatedReceivers,
  b6CoverStory,
  b10SeveralNames,
  isHighRisk,
} from './transfer-indicators.ts';

type IndicatorFn = (p: PersonData, ctx: CaseContext, w: IndicatorWeights) => Reason | null;

export const BUYER_INDICATORS: readonly IndicatorFn[] = [
  b1SellerTransfers,
  b2TypicalAmounts,
  b3Frequency,
  b4Escalation,
  b5UnrelatedReceivers,
  b6CoverStory,
  b7PaymentMatchesChat,
  b8Lexicon,
  b9LateNight,
  b10SeveralNames,
  b11Travel,
  b12Anonymity,
];
export const SELLER_SIGNALS: readonly IndicatorFn[] = [
  s1ManyForeignSenders,
  s2InHighRiskCountry,
  s3SendsOffers,
];

export interface ScoreConfig {
  readonly weights: IndicatorWeights;
  /** Prior log2-odds that a non-seller is a buyer lead (≈ 200 of 12,000 accounts → −5.9). */
  readonly priorBits: number;
  /** Lead when the culpability probability and the actionability reach these. */
  readonly leadProbability: number;
  readonly leadActionability: number;
  /** Urgent: travel (talk, travel date or IPs in a sellers' country) within this many days before `now`, or upcoming. */
  readonly travelDays: number;
  /** Urgent: escalation (B4) with at least two high-risk transfers in this many days. */
  readonly escalationDays: number;
  /** Urgent: at least `recentMinTransfers` high-risk transfers in this many days. */
  readonly recentDays: number;
  readonly recentMinTransfers: number;
}

export const DEFAULT_SCORE_CONFIG: ScoreConfig = {
  weights: DEFAULT_WEIGHTS,
  priorBits: -5.9,
  leadProbability: 0.5,
  leadActionability: 2,
  travelDays: 365,
  escalationDays: 180,
  recentDays: 90,
  recentMinTransfers: 4,
};

export interface PersonScore {
  readonly personId: string;
  /** Buyer indicators found, strongest first. */
  readonly reasons: readonly Reason[];
  /** Sum of the buyer indicator weights (bits). */
  readonly culpability: number;
  /** Posterior that the person bought abuse: logistic in bits of prior + culpability. */
  readonly culpabilityP: number;
  readonly actionability: number;
  readonly actionabilityReasons: readonly Reason[];
  readonly urgent: boolean;
  readonly urgentReasons: readonly string[];
  /** Seller-side signals (role classification), not part of culpability. */
  readonly sellerSignals: readonly Reason[];
  readonly sellerScore: number;
  readonly lead: boolean;
}

const DAY = 86_400_000;

/** Signs of ongoing or imminent hands-on risk: recent or upcoming travel, escalation still going on, frequent recent payments. */
function urgency(p: PersonData, ctx: CaseContext, config: ScoreConfig, reasons: readonly Reason[]): string[] {
  const out: string[] = [];
  const travel = reasons.find((r) => r.indicator === 'B11');
  if (travel) {
    const since = ctx.now - config.travelDays * DAY;
    const ids = new Set(travel.evidence.map((e) => e.id));
    const talk = p.messages.filter((m) => ids.has(m.id));
    const dated = talk.flatMap((m) =>
      m.identifiers.filter((h) => h.type === 'travel' && h.date).map((h) => Date.parse(h.date!)),
    );
    const recentTalk = talk.some((m) => m.sentAt >= since) || dated.some((d) => d >= since);
    const recentIp = p.ipEvents.some((e) => ids.has(e.id) && e.at >= since);
    if (recentTalk || recentIp) out.push(`travel: ${travel.detail}`);
  }
  const risky = p.transfers.filter((t) => isHighRisk(t, ctx));
  const within = (days: number) => risky.filter((t) => t.sentAt >= ctx.now - days * DAY).length;
  if (reasons.some((r) => r.indicator === 'B4') && within(config.escalationDays) >= 2)
    out.push(
      `escalating, ${within(config.escalationDays)} high-risk transfers in the last ${config.escalationDays} days`,
    );
  if (within(config.recentDays) >= config.recentMinTransfers)
    out.push(`${within(config.recentDays)} high-risk transfers in the last ${config.recentDays} days`);
  return out;
}

/** Scores one person: indicators with evidence, culpability, actionability, urgent, lead. Pure. */
export function scorePerson(
  p: PersonData,
  ctx: CaseContext,
  config: ScoreConfig = DEFAULT_SCORE_CONFIG,
): PersonScore {
  const w = config.weights;
  const reasons = BUYER_INDICATORS.map((f) => f(p, ctx, w))
    .filter((r): r is Reason => r !== null)
    .sort((a, b) => b.weight - a.weight);
  const culpability = reasons.reduce((a, r) => a + r.weight, 0);
  const culpabilityP = 1 / (1 + Math.pow(2, -(config.priorBits + culpability)));
  const act = actionabilityReasons(p, w);
  const actionability = act.reduce((a, r) => a + r.weight, 0);
  const sellerSignals = SELLER_SIGNALS.map((f) => f(p, ctx, w)).filter((r): r is Reason => r !== null);
  const urgentReasons = urgency(p, ctx, config, reasons);
  return {
    personId: p.personId,
    reasons,
    culpability: Math.round(culpability * 100) / 100,
    culpabilityP,
    actionability: Math.round(actionability * 100) / 100,
    actionabilityReasons: act,
    urgent: urgentReasons.length > 0,
    urgentReasons,
    sellerSignals,
    sellerScore: sellerSignals.reduce((a, r) => a + r.weight, 0),
    lead: culpabilityP >= config.leadProbability && actionability >= config.leadActionability,
  };
}
