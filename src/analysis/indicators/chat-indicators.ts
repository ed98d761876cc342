import { evidence, type Evidence, type IndicatorWeights, type Reason } from './indicator.ts';
import type { CaseContext, PersonData } from './person-data.ts';
import { isHighRisk } from './transfer-indicators.ts';

const MINUTE = 60_000;
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * B7: payment lines up with chat — a transfer reference quoted in chat (the strongest tie between
 * an account and a payer), or a high-risk transfer within 30 minutes of the person's own
 * payment-sent or price message to a seller.
 */
export function b7PaymentMatchesChat(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const own = new Set(p.transfers.map((t) => t.id));
  const quoted: Evidence[] = [];
  for (const m of p.messages) {
    for (const h of m.identifiers) {
      if (h.type !== 'transfer_ref') continue;
      if (own.has(h.value) || ctx.transferSender?.has(h.value)) {
        quoted.push({ kind: 'message', id: m.id }, { kind: 'transaction', id: h.value });
      }
    }
  }
  const cue = p.messages
    .filter(
      (m) =>
        m.fromPerson &&
        m.counterpartSeller &&
        m.lexicon.some((h) => h.category === 'payment_sent' || h.category === 'price_negotiation'),
    )
    .map((m) => m.sentAt)
    .sort((a, b) => a - b);
  const timed: Evidence[] = [];
  let n = 0;
  for (const t of p.transfers) {
    if (!isHighRisk(t, ctx)) continue;
    // Binary search for the nearest cue.
    let lo = 0;
    let hi = cue.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cue[mid]! < t.sentAt) lo = mid + 1;
      else hi = mid;
    }
    const near = [cue[lo], cue[lo - 1]].some((c) => c !== undefined && Math.abs(c - t.sentAt) <= 30 * MINUTE);
    if (near) {
      n++;
      timed.push({ kind: 'transaction', id: t.id });
    }
  }
  if (!quoted.length && !n) return null;
  const weight = quoted.length ? w.B7.weight : w.B7.weight * 0.625;
  return {
    indicator: 'B7',
    weight: round(weight),
    detail: `${quoted.length / 2} transfer reference(s) quoted in chat; ${n} transfer(s) within 30 min of a payment/price message`,
    evidence: [...quoted, ...timed].slice(0, 50),
  };
}

/** B8: chat content matches the case's indicator lexicon, in the person's own messages to sellers. */
export function b8Lexicon(p: PersonData, _ctx: CaseContext, w: IndicatorWeights): Reason | null {
  // Only conversations with sellers: families talk about sending money too.
  const msgs = p.messages.filter(
    (m) =>
      m.fromPerson &&
      m.counterpartSeller &&
      m.lexicon.some((h) => h.category !== 'offer' && h.category !== 'cover_story'),
  );
  if (!msgs.length) return null;
  const cats = new Map<string, number>();
  for (const m of msgs)
    for (const h of m.lexicon)
      if (h.category !== 'offer' && h.category !== 'cover_story')
        cats.set(h.category, (cats.get(h.category) ?? 0) + 1);
  const hits = [...cats.values()].reduce((a, b) => a + b, 0);
  const weight = Math.min(w.B8.weight, 0.5 * cats.size + 0.25 * Math.log2(1 + hits));
  return {
    indicator: 'B8',
    weight: round(weight),
    detail: `lexicon: ${[...cats].map(([c, k]) => `${c} ×${k}`).join(', ')}`,
    evidence: evidence(
      'message',
      msgs.map((m) => m.id),
    ),
  };
}

/** B9: activity at the person's local late-night hours (23:00–04:00), given an inferred UTC offset. */
export function b9LateNight(p: PersonData, _ctx: CaseContext, w: IndicatorWeights): Reason | null {
  if (p.utcOffsetHours === null || p.utcOffsetHours === undefined) return null;
  const own = p.messages.filter((m) => m.fromPerson);
  if (own.length < 10) return null;
  const late = own.filter((m) => {
    const hour = (((m.sentAt / 3_600_000 + p.utcOffsetHours!) % 24) + 24) % 24;
    return hour >= 23 || hour < 4;
  });
  const share = late.length / own.length;
  if (share < 0.3) return null;
  return {
    indicator: 'B9',
    weight: round(w.B9.weight),
    detail: `${(share * 100).toFixed(0)}% of own messages between 23:00 and 04:00 at UTC${p.utcOffsetHours >= 0 ? '+' : ''}${p.utcOffsetHours}`,
    evidence: evidence(
      'message',
      late.map((m) => m.id),
    ),
  };
}
