import type { Evidence, Reason } from '../../store/analysis.ts';
import { DAY, type AssessContext } from './assess-context.ts';
import { toUsd } from './fx.ts';
import { familyTransfer, receiverKey, receiverKeys, surnameOf, type PersonView } from './person-view.ts';
import type { TransactionFacts } from './case-facts.ts';

/**
 * Family support: sender and receiver share a family name, or the sender bears the family name of
 * a receiver the seller network is known by (kin of the network sending home from abroad).
 */
export function kinTransfer(t: TransactionFacts, ctx: AssessContext): boolean {
  if (familyTransfer(t)) return true;
  const s = surnameOf(t.sender_name);
  return s !== null && s.length > 2 && (ctx.networkSurnames?.has(s) ?? false);
}

/**
 * Indicator weights (points of culpability), set by hand and documented in docs/analysis.md: the
 * data carries no labels to estimate them from. B7 and B1 carry most weight because they tie an
 * account to payments into the seller network; chat wording alone stays weak.
 */
export const BUYER_WEIGHTS = {
  F1: -6.0,
  B1: 3.0,
  B2: 0.5,
  B3: 1.0,
  B4: 0.7,
  B5: 0.5,
  B6: 0.4,
  B7: 3.5,
  B8: 1.0,
  B9: 0.3,
  B10: 0.6,
  B11: 1.5,
  CONTACT: 0.5,
} as const;

const tx = (id: string): Evidence => ({ kind: 'transaction', id });
const msg = (id: string): Evidence => ({ kind: 'message', id });
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? 0
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** How far outside the person's chats with sellers a payment still counts as one of the same dealings. */
export const DEALING_MARGIN_MS = 30 * DAY;

/**
 * Transfers of this person into the seller network (B1's evidence; also what makes a buyer): to a
 * receiver the network is known by; and, once the person has paid such a receiver and chats with
 * seller accounts, any other transfer to an unrelated receiver (no shared family name) in the
 * sellers' countries made while those chats were going on — a receiver the network used once is
 * still the network's.
 */
export function networkTransfers(v: PersonView, ctx: AssessContext): PersonView['transactions'] {
  const known = v.transactions.filter(
    (t) => !kinTransfer(t, ctx) && receiverKeys(t).some((k) => ctx.sellerReceivers.has(k)),
  );
  if (known.length === 0) return known;
  const chats = v.profiles.filter(
    (p) =>
      p.first !== null && p.last !== null && Object.keys(p.partners).some((k) => ctx.sellerAccounts.has(k)),
  );
  if (chats.length === 0) return known;
  const from = Math.min(...chats.map((p) => p.first!)) - DEALING_MARGIN_MS;
  const to = Math.max(...chats.map((p) => p.last!)) + DEALING_MARGIN_MS;
  const isKnown = new Set(known);
  return v.transactions.filter(
    (t) =>
      isKnown.has(t) ||
      (!kinTransfer(t, ctx) &&
        t.receiver_country !== null &&
        ctx.sellerCountries.has(t.receiver_country) &&
        t.sent_at >= from &&
        t.sent_at <= to),
  );
}

/** B1–B11 for one person: each a reason with its weight and the records behind it. */
export function buyerIndicators(
  v: PersonView,
  ctx: AssessContext,
  localHourOf: (ms: number) => number | null,
): Reason[] {
  const out: Reason[] = [];
  const add = (
    indicator: keyof typeof BUYER_WEIGHTS,
    factor: number,
    detail: string,
    evidence: Evidence[],
  ): void => {
    if (factor > 0)
      out.push({
        indicator,
        axis: 'culpability',
        weight: +(BUYER_WEIGHTS[indicator] * Math.min(1, factor)).toFixed(3),
        detail,
        evidence: evidence.slice(0, 20),
      });
  };
  const mine = new Set(v.accounts);
  const paid = networkTransfers(v, ctx);

  const sellerMessages = v.profiles.reduce(
    (n, p) =>
      n +
      Object.entries(p.partners)
        .filter(([k]) => ctx.sellerAccounts.has(k))
        .reduce((a, [, c]) => a + c, 0),
    0,
  );
  if (sellerMessages > 0)
    add(
      'CONTACT',
      Math.min(1, sellerMessages / 20),
      `${sellerMessages} messages exchanged with seller accounts`,
      [],
    );

  const family = v.transactions.filter((t) => kinTransfer(t, ctx));
  if (family.length > 0)
    out.push({
      indicator: 'F1',
      axis: 'culpability',
      weight: +(BUYER_WEIGHTS.F1 * (family.length / v.transactions.length)).toFixed(3),
      detail: `${family.length} of ${v.transactions.length} transfers are family support (receiver sharing the sender's family name, or a sender bearing the family name of a receiver the network is known by)`,
      evidence: family.slice(0, 20).map((t) => tx(t.transaction_id)),
    });
  if (paid.length > 0)
    add(
      'B1',
      Math.min(1, paid.length / 3),
      `${paid.length} transfers to receivers in the seller network`,
      paid.map((t) => tx(t.transaction_id)),
    );

  const usd = v.transactions.map((t) => toUsd(t.amount, t.currency)).filter((x): x is number => x !== null);
  const typical = usd.filter((x) => x >= 10 && x <= 200);
  if (v.transactions.length >= 2 && typical.length / Math.max(1, usd.length) >= 0.7)
    add(
      'B2',
      typical.length / usd.length,
      `${typical.length} of ${usd.length} transfers are small (10–200 USD equivalent), median ${median(usd).toFixed(0)} USD`,
      v.transactions.map((t) => tx(t.transaction_id)),
    );

  if (paid.length >= 2) {
    const gaps = paid.slice(1).map((t, i) => (t.sent_at - paid[i]!.sent_at) / DAY);
    const m = median(gaps);
    if (paid.length > 20 && m < 20)
      add('B3', 1, `${paid.length} transfers, median gap ${m.toFixed(1)} days`, []);
    else if (paid.length >= 6 && m < 30)
      add('B3', 0.5, `${paid.length} transfers, median gap ${m.toFixed(1)} days`, []);
  }

  if (paid.length >= 4) {
    const half = Math.floor(paid.length / 2);
    const early = paid.slice(0, half);
    const late = paid.slice(half);
    const avg = (xs: typeof paid): number =>
      xs.reduce((a, t) => a + (toUsd(t.amount, t.currency) ?? t.amount), 0) / xs.length;
    const span = (xs: typeof paid): number => Math.max(DAY, xs.at(-1)!.sent_at - xs[0]!.sent_at);
    const rateUp = late.length / span(late) > (early.length / span(early)) * 1.3;
    const amountUp = avg(late) > avg(early) * 1.3;
    if (rateUp || amountUp)
      add(
        'B4',
        rateUp && amountUp ? 1 : 0.6,
        `escalating: ${amountUp ? `average amount ${avg(early).toFixed(0)} → ${avg(late).toFixed(0)}` : ''}${rateUp && amountUp ? '; ' : ''}${rateUp ? 'transfers more frequent' : ''}`,
        late.map((t) => tx(t.transaction_id)),
      );
  }

  const surnames = new Set(
    v.transactions.map((t) => t.sender_name?.split(/\s+/).at(-1)?.toLowerCase()).filter(Boolean),
  );
  const riskyReceivers = new Map<string, string>();
  for (const t of v.transactions) {
    const k = receiverKey(t);
    if (k === null || t.receiver_country === null || !ctx.sellerCountries.has(t.receiver_country)) continue;
    const rs = t.receiver_name?.split(/\s+/).at(-1)?.toLowerCase();
    if (rs !== undefined && surnames.has(rs)) continue;
    riskyReceivers.set(k, t.transaction_id);
  }
  if (riskyReceivers.size >= 2)
    add(
      'B5',
      Math.min(1, riskyReceivers.size / 4),
      `${riskyReceivers.size} unrelated receivers in ${[...ctx.sellerCountries].join(', ')}`,
      [...riskyReceivers.values()].map(tx),
    );

  const lex = (cat: string): { count: number; examples: string[] } =>
    v.profiles.reduce(
      (acc, p) => {
        const h = p.lexicon[cat];
        return h === undefined
          ? acc
          : { count: acc.count + h.count, examples: [...acc.examples, ...h.examples] };
      },
      { count: 0, examples: [] as string[] },
    );
  const cover = lex('cover_story');
  if (cover.count > 0 && paid.length > 0)
    add(
      'B6',
      Math.min(1, cover.count / 3),
      `cover-story wording in ${cover.count} messages`,
      cover.examples.map(msg),
    );

  const ties = paid.flatMap((t) =>
    (ctx.tiesByTransaction.get(t.transaction_id) ?? []).filter((x) => mine.has(x.account)),
  );
  if (ties.length > 0) {
    const quoted = ties.filter((t) => t.how === 'quoted').length;
    add(
      'B7',
      Math.min(1, 0.6 + ties.length * 0.2),
      `${ties.length} transfers into the seller network tied to the person's chat (${quoted} by a quoted reference, ${ties.length - quoted} by a "sent" message minutes after)`,
      ties.flatMap((t) => [tx(t.transaction_id), msg(t.message_id)]),
    );
  }

  const words = ['price', 'schedule', 'recording']
    .map((c) => [c, lex(c)] as const)
    .filter(([, h]) => h.count > 0);
  const wordHits = words.reduce((a, [, h]) => a + h.count, 0);
  if (wordHits > 0 && sellerMessages > 0)
    add(
      'B8',
      Math.min(1, wordHits / 10),
      `indicator wording (${words.map(([c, h]) => `${c} ×${h.count}`).join(', ')})`,
      words.flatMap(([, h]) => h.examples.map(msg)),
    );

  const times = v.profiles.flatMap((p) => p.times);
  const hours = times.map(localHourOf).filter((h): h is number => h !== null);
  const late = hours.filter((h) => h >= 23 || h < 4).length;
  if (hours.length >= 20 && late / hours.length >= 0.3)
    add(
      'B9',
      late / hours.length,
      `${Math.round((100 * late) / hours.length)}% of messages between 23:00 and 04:00 local time`,
      [],
    );

  const names = new Set(v.transactions.map((t) => t.sender_name?.toLowerCase().trim()).filter(Boolean));
  const providers = new Set(v.transactions.map((t) => t.provider.toLowerCase()));
  if (paid.length > 0 && (names.size >= 2 || providers.size >= 3))
    add(
      'B10',
      names.size >= 3 || providers.size >= 3 ? 1 : 0.5,
      `pays under ${names.size} sender names through ${providers.size} providers`,
      v.transactions.map((t) => tx(t.transaction_id)),
    );

  const travel = v.identifiers.filter(
    (r) => r.type === 'travel' && r.country !== null && ctx.sellerCountries.has(r.country),
  );
  if (travel.length > 0)
    add(
      'B11',
      Math.min(1, travel.length / 2),
      `talks of travelling to ${[...new Set(travel.map((t) => t.country))].join(', ')} (${travel.length} messages)`,
      travel.map((t) => msg(t.message_id)),
    );
  return out;
}
