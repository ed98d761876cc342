import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { nameTokens } from '../linkage/normalise.ts';
import { approxEur } from './amount-eur.ts';
import { evidence, type IndicatorWeights, type Reason } from './indicator.ts';
import type { CaseContext, PersonData, PersonTransfer } from './person-data.ts';

const DAY = 86_400_000;

export function isHighRisk(t: PersonTransfer, ctx: CaseContext): boolean {
  return (
    t.receiverSellerLinked ||
    (!!t.receiverCountry && ctx.sellerCountries.includes(t.receiverCountry.toUpperCase()))
  );
}

function eur(t: PersonTransfer, ctx: CaseContext): number | null {
  return ctx.toEur ? ctx.toEur(t.amount, t.currency, t.sentAt) : approxEur(t.amount, t.currency);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (x: number) => Math.round(x * 100) / 100;
const ids = (ts: readonly PersonTransfer[]) =>
  evidence(
    'transaction',
    ts.map((t) => t.id),
  );

/** B1: transfers to a known seller or to a receiver linked to the seller network. */
export function b1SellerTransfers(p: PersonData, _ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const hits = p.transfers.filter((t) => t.receiverSellerLinked);
  if (!hits.length) return null;
  const weight = Math.min(6, w.B1.weight + 0.5 * Math.log2(hits.length));
  const receivers = new Set(hits.map((t) => t.receiverName ?? t.receiverKey));
  return {
    indicator: 'B1',
    weight: round(weight),
    detail: `${hits.length} transfer(s) to the seller network (${[...receivers].slice(0, 3).join(', ')}${receivers.size > 3 ? ', …' : ''})`,
    evidence: ids(hits),
  };
}

/** B2: typical amounts — small (≈10–200 EUR), often round — among high-risk transfers. */
export function b2TypicalAmounts(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const risky = p.transfers.filter((t) => isHighRisk(t, ctx));
  const typical = risky.filter((t) => {
    const e = eur(t, ctx);
    return e !== null && e >= 10 && e <= 200;
  });
  if (!typical.length) return null;
  const share = typical.length / risky.length;
  const roundShare = typical.filter((t) => t.amount % 5 === 0).length / typical.length;
  const weight = w.B2.weight * share + (roundShare > 0.5 ? 0.5 : 0);
  const med = median(typical.map((t) => eur(t, ctx)!));
  return {
    indicator: 'B2',
    weight: round(weight),
    detail: `${typical.length} of ${risky.length} high-risk transfers between 10 and 200 EUR (median ≈ ${med.toFixed(0)} EUR), ${(roundShare * 100).toFixed(0)}% round`,
    evidence: ids(typical),
  };
}

/** B3: many transfers with short gaps (median gap < 20 days, count > 20). */
export function b3Frequency(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const risky = p.transfers.filter((t) => isHighRisk(t, ctx)).sort((a, b) => a.sentAt - b.sentAt);
  if (risky.length < 6) return null;
  const gaps = risky.slice(1).map((t, i) => (t.sentAt - risky[i]!.sentAt) / DAY);
  const gap = median(gaps);
  const full = risky.length > 20 && gap < 20;
  const half = risky.length > 5 && gap < 30;
  if (!full && !half) return null;
  return {
    indicator: 'B3',
    weight: round(full ? w.B3.weight : w.B3.weight / 2),
    detail: `${risky.length} high-risk transfers, median gap ${gap.toFixed(1)} days`,
    evidence: ids(risky),
  };
}

/** B4: escalation — amounts or frequency rising from the first half of the period to the second. */
export function b4Escalation(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const risky = p.transfers.filter((t) => isHighRisk(t, ctx)).sort((a, b) => a.sentAt - b.sentAt);
  if (risky.length < 6) return null;
  const first = risky[0]!.sentAt;
  const last = risky[risky.length - 1]!.sentAt;
  const mid = first + (last - first) / 2;
  const a = risky.filter((t) => t.sentAt <= mid);
  const b = risky.filter((t) => t.sentAt > mid);
  if (!a.length || !b.length) return null;
  const mean = (ts: PersonTransfer[]) => ts.reduce((s, t) => s + (eur(t, ctx) ?? 0), 0) / ts.length;
  const amountUp = mean(b) / Math.max(1, mean(a));
  const rateUp = b.length / a.length;
  if (amountUp < 1.25 && rateUp < 1.5) return null;
  return {
    indicator: 'B4',
    weight: round(w.B4.weight),
    detail: `second half vs first: mean amount ×${amountUp.toFixed(2)}, transfers ×${rateUp.toFixed(2)}`,
    evidence: ids(b),
  };
}

function surname(name: string | null): string | null {
  const t = nameTokens(name);
  return t.length ? t[t.length - 1]! : null;
}

/** B5: several unrelated receivers in high-risk countries (a shared surname counts as family). */
export function b5UnrelatedReceivers(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const risky = p.transfers.filter((t) => isHighRisk(t, ctx));
  const byReceiver = new Map<string, PersonTransfer[]>();
  for (const t of risky) {
    const own = surname(t.senderName);
    const theirs = surname(t.receiverName);
    if (own && theirs && jaroWinkler(own, theirs) >= 0.92) continue;
    const list = byReceiver.get(t.receiverKey) ?? [];
    list.push(t);
    byReceiver.set(t.receiverKey, list);
  }
  const n = byReceiver.size;
  if (n < 2) return null;
  return {
    indicator: 'B5',
    weight: round(n >= 3 ? w.B5.weight : w.B5.weight / 2),
    detail: `${n} unrelated receivers in high-risk countries`,
    evidence: ids([...byReceiver.values()].map((l) => l[0]!)),
  };
}

const COVER =
  /school|tuition|medic|hospital|gift|birthday|load|allowance|schule|école|escuela|scuola|szko|ospital|eskwela|baon|gamot/i;

/** B6: cover-story purposes on transfers (school, medical, gift, load …) or cover-story phrases in chat within a day of a transfer. */
export function b6CoverStory(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const risky = p.transfers.filter((t) => isHighRisk(t, ctx));
  const stated = risky.filter((t) => t.purpose && COVER.test(t.purpose));
  const chat = p.messages.filter(
    (m) =>
      m.fromPerson &&
      m.lexicon.some((h) => h.category === 'cover_story') &&
      risky.some((t) => Math.abs(t.sentAt - m.sentAt) <= DAY),
  );
  if (!stated.length && !chat.length) return null;
  return {
    indicator: 'B6',
    weight: round(w.B6.weight),
    detail: `cover-story purpose on ${stated.length} transfer(s), in ${chat.length} message(s) near transfers`,
    evidence: [
      ...ids(stated),
      ...evidence(
        'message',
        chat.map((m) => m.id),
      ),
    ],
  };
}

/** B10: one person paying under several sender names, or through several remitters. */
export function b10SeveralNames(p: PersonData, _ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const names: string[] = [];
  const byName = new Map<string, PersonTransfer>();
  for (const t of p.transfers) {
    const n = nameTokens(t.senderName).sort().join(' ');
    if (!n) continue;
    if (!names.some((x) => jaroWinkler(x, n) >= 0.9)) {
      names.push(n);
      byName.set(n, t);
    }
  }
  const providers = new Set(p.transfers.map((t) => t.provider.trim().toLowerCase()).filter(Boolean));
  const weight = (names.length >= 2 ? w.B10.weight : 0) + (providers.size >= 3 ? w.B10.weight / 2 : 0);
  if (!weight) return null;
  return {
    indicator: 'B10',
    weight: round(weight),
    detail: `${names.length} distinct sender name(s), ${providers.size} remitter(s)`,
    evidence: ids([...byName.values()]),
  };
}
