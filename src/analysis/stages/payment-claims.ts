import { classifyIp } from '../jurisdiction/ip-class.ts';
import { openIpCountryDb } from '../jurisdiction/ip-country.ts';
import type { CaseFacts, TransactionFacts } from './case-facts.ts';

/** How long after a transfer a "sent it" message still points at it. */
export const CLAIM_WINDOW_MS = 30 * 60_000;

export interface PaymentTie {
  readonly transaction_id: string;
  readonly account: string;
  readonly message_id: string;
  readonly how: 'quoted' | 'claimed';
}

interface Claim {
  readonly at: number;
  readonly account: string;
  readonly message_id: string;
  /** Whole amounts the claim names ("sent 50 usd"): the transfer must carry one of them. */
  readonly amounts: ReadonlySet<number>;
  /** Countries the account was seen in (residential IPs); empty when unknown. */
  readonly countries: ReadonlySet<string>;
}

/**
 * The countries each account was seen in: residential IP events placed by the offline database
 * (hosting and VPN exits say where a server is, not the user).
 */
export function accountCountries(
  facts: CaseFacts,
  countryOfIp: (ip: string) => string | null,
): Map<string, Set<string>> {
  const cache = new Map<string, string | null>();
  const out = new Map<string, Set<string>>();
  for (const [account, events] of facts.ipEvents) {
    const set = new Set<string>();
    for (const e of events) {
      let c = cache.get(e.ip);
      if (c === undefined) {
        c = classifyIp(e.ip).kind === 'residential' ? countryOfIp(e.ip) : null;
        cache.set(e.ip, c);
      }
      if (c !== null) set.add(c);
    }
    if (set.size > 0) out.set(account, set);
  }
  return out;
}

/** The transfer was sent from a country the claiming account was seen in (or either is unknown). */
function countryFits(c: Claim, t: TransactionFacts): boolean {
  return c.countries.size === 0 || t.sender_country === null || c.countries.has(t.sender_country);
}

/** A transfer's amount as a chat message would name it: whole units. */
const wholeAmount = (t: TransactionFacts): number => Math.round(t.amount);

/** The claim names no amount, or names this transfer's (to the unit, either rounding). */
function amountFits(c: Claim, t: TransactionFacts): boolean {
  if (c.amounts.size === 0) return true;
  return c.amounts.has(wholeAmount(t)) || c.amounts.has(Math.floor(t.amount));
}

/**
 * Ties transfers to the accounts that wrote about them: a reference quoted in chat, or a
 * "sent it" message within minutes after the transfer. A claim is one payment: it ties only when
 * exactly one transfer in the window before it fits — sent from a country the account was seen in
 * (on seed 303, 2,483 of 2,516 right timing ties agreed so, and 72 of 804 coincidences), and of
 * the amount the claim names, if it names one. A transfer ties only when one account alone claims
 * it (or one alone names its amount). A claim with two fitting transfers before it says nothing
 * about which; a transfer several accounts claim, likewise. Accounts in `exclude` (sellers) never
 * pay. `countryOfIp` defaults to the offline IP database.
 */
export function paymentTies(
  facts: CaseFacts,
  exclude: ReadonlySet<string>,
  windowMs: number = CLAIM_WINDOW_MS,
  countryOfIp?: (ip: string) => string | null,
): PaymentTie[] {
  const seenIn = accountCountries(facts, countryOfIp ?? defaultCountryOfIp());
  const ties: PaymentTie[] = [];
  const quoted = new Set<string>();
  const claims: Claim[] = [];
  for (const [account, rows] of facts.identifiers) {
    if (exclude.has(account)) continue;
    const amountsByMessage = new Map<string, Set<number>>();
    for (const r of rows)
      if (r.type === 'amount') {
        const n = Number(r.value.split(' ')[0]);
        if (Number.isFinite(n))
          (
            amountsByMessage.get(r.message_id) ??
            amountsByMessage.set(r.message_id, new Set()).get(r.message_id)!
          ).add(Math.round(n));
      }
    for (const r of rows) {
      if (r.type === 'transfer_ref' && facts.transactionById.has(r.value)) {
        ties.push({ transaction_id: r.value, account, message_id: r.message_id, how: 'quoted' });
        quoted.add(r.value);
      } else if (r.type === 'payment_claim') {
        claims.push({
          at: r.sent_at,
          account,
          message_id: r.message_id,
          amounts: amountsByMessage.get(r.message_id) ?? new Set(),
          countries: seenIn.get(account) ?? new Set(),
        });
      }
    }
  }
  // each claim: the one transfer in the window before it that fits, if only one does
  const byTime = [...facts.transactions].sort((a, b) => a.sent_at - b.sent_at);
  const times = byTime.map((t) => t.sent_at);
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const fitting = transfersBefore(times, byTime, c.at, windowMs).filter(
      (t) => !quoted.has(t.transaction_id) && amountFits(c, t) && countryFits(c, t),
    );
    if (fitting.length !== 1) continue;
    const id = fitting[0]!.transaction_id;
    (claimsOf.get(id) ?? claimsOf.set(id, []).get(id)!).push(c);
  }
  // each transfer: claimed by one account alone, or by one alone naming its amount
  for (const t of facts.transactions) {
    const near = (claimsOf.get(t.transaction_id) ?? []).sort((a, b) => a.at - b.at);
    if (near.length === 0) continue;
    let pick = new Set(near.map((c) => c.account)).size === 1 ? near[0] : undefined;
    if (pick === undefined) {
      const same = near.filter((c) => c.amounts.size > 0);
      if (new Set(same.map((c) => c.account)).size === 1) pick = same[0];
    }
    if (pick !== undefined)
      ties.push({
        transaction_id: t.transaction_id,
        account: pick.account,
        message_id: pick.message_id,
        how: 'claimed',
      });
  }
  return ties;
}

let db: ((ip: string) => string | null) | null = null;
function defaultCountryOfIp(): (ip: string) => string | null {
  if (db === null) {
    const open = openIpCountryDb();
    db = (ip) => open.lookup(ip);
  }
  return db;
}

/** Transfers sent in [at − window, at] (sorted by time). */
function transfersBefore(
  times: readonly number[],
  byTime: readonly TransactionFacts[],
  at: number,
  window: number,
): TransactionFacts[] {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < at - window) lo = mid + 1;
    else hi = mid;
  }
  const out: TransactionFacts[] = [];
  for (let i = lo; i < times.length && times[i]! <= at; i++) out.push(byTime[i]!);
  return out;
}
