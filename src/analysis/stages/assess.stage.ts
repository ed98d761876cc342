import type { PersonAnalysis, Reason } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';
import { classifyIp, type IpClass } from '../jurisdiction/ip-class.ts';
import { openIpCountryDb } from '../jurisdiction/ip-country.ts';
import { sharedAddresses } from '../jurisdiction/shared-addresses.ts';
import { DEFAULT_LEAD_RULE, DEFAULT_SELLER_COUNTRIES, type LeadRule } from './analysis-config.ts';
import type { AssessContext } from './assess-context.ts';
import { buyerIndicators, networkTransfers } from './buyer-indicators.ts';
import { loadCaseFacts, type CaseFacts } from './case-facts.ts';
import { hasIdentityTrail, identityIndicators } from './identity-indicators.ts';
import { paymentTies, type PaymentTie } from './payment-claims.ts';
import { likelyOffset, personCountry, type IpLookups } from './person-country.ts';
import { familyTransfer, personView, receiverKeys, receiverNameKey, type PersonView } from './person-view.ts';
import { hintedSellers, hubAccounts } from './hubs.ts';
import { loadMediaFacts, mediaIndicators } from './media-indicators.ts';
import { urgencyReasons, type SeenInSellerCountry } from './urgency.ts';

export interface AssessStats {
  readonly persons: number;
  readonly sellers: number;
  readonly buyers: number;
  readonly leads: number;
  readonly urgent: number;
  readonly sellerReceivers: number;
}

/** S1: a receiver paid by this many different persons (not family) collects for the network. */
export const S1_MIN_PAYERS = 3;

function sellerContext(
  facts: CaseFacts,
  sellerCountries: readonly string[],
  payerOf: ReadonlyMap<string, string>,
): AssessContext {
  const sellerAccounts = hintedSellers(facts);
  const sellerLike = new Set([...sellerAccounts, ...hubAccounts(facts)]);
  const ties = paymentTies(facts, sellerLike);
  const tiesByTransaction = new Map<string, PaymentTie[]>();
  for (const t of ties)
    (
      tiesByTransaction.get(t.transaction_id) ??
      tiesByTransaction.set(t.transaction_id, []).get(t.transaction_id)!
    ).push(t);
  // receivers of transfers tied to the chat of an account that talks with a seller
  const talksToSeller = (account: string): boolean =>
    Object.keys(facts.profiles.get(account)?.partners ?? {}).some((p) => sellerLike.has(p));
  const sellerReceivers = new Set<string>();
  for (const t of ties) {
    const tx = facts.transactionById.get(t.transaction_id)!;
    if (!talksToSeller(t.account) || familyTransfer(tx)) continue;
    for (const k of receiverKeys(tx)) sellerReceivers.add(k);
  }
  // S1: receivers paid by many unrelated persons, in the sellers' countries
  const payersOf = new Map<string, Set<string>>();
  for (const t of facts.transactions) {
    if (familyTransfer(t) || t.receiver_country === null || !sellerCountries.includes(t.receiver_country))
      continue;
    const payer = payerOf.get(t.transaction_id);
    if (payer === undefined) continue;
    for (const k of receiverKeys(t)) (payersOf.get(k) ?? payersOf.set(k, new Set()).get(k)!).add(payer);
  }
  for (const [k, payers] of payersOf) if (payers.size >= S1_MIN_PAYERS) sellerReceivers.add(k);
  // phones and receiver names the sellers give out in chat are where money goes
  for (const s of sellerLike)
    for (const r of facts.identifiers.get(s) ?? []) {
      if (r.type === 'phone') sellerReceivers.add(`phone:${r.value.replace(/\D/g, '').slice(-9)}`);
      if (r.type === 'receiver_name') {
        const k = receiverNameKey(r.value);
        if (k !== null) sellerReceivers.add(k);
      }
    }
  const networkSurnames = new Set(
    [...sellerReceivers].filter((k) => k.startsWith('name:')).map((k) => k.slice(k.lastIndexOf(' ') + 1)),
  );
  return {
    sellerAccounts: sellerLike,
    sellerReceivers,
    networkSurnames,
    tiesByTransaction,
    caseEnd: facts.caseEnd,
    sellerCountries: new Set(sellerCountries),
  };
}

function ipLookups(facts: CaseFacts): IpLookups {
  const db = openIpCountryDb();
  const country = new Map<string, string | null>();
  const kind = new Map<string, IpClass['kind']>();
  const shared = sharedAddresses(
    [...facts.ipEvents].flatMap(([account, evs]) =>
      evs.map((e) => ({ ip: e.ip, account, port: e.port, at: e.seen_at })),
    ),
  );
  return {
    country: (ip) => {
      if (!country.has(ip)) country.set(ip, db.lookup(ip));
      return country.get(ip)!;
    },
    kind: (ip) => {
      if (!kind.has(ip)) kind.set(ip, classifyIp(ip).kind);
      return kind.get(ip)!;
    },
    shared: (ip) => shared.has(ip),
  };
}

/** The person's IP events and transfers placed in a seller country, when the person lives elsewhere. */
function seenAbroad(
  v: PersonView,
  home: string | null,
  ctx: AssessContext,
  ips: IpLookups,
): SeenInSellerCountry[] {
  if (home === null || ctx.sellerCountries.has(home)) return [];
  const out: SeenInSellerCountry[] = [];
  for (const e of v.ipEvents) {
    const kind = ips.kind(e.ip);
    if (kind !== 'residential' && kind !== 'cgnat') continue;
    const c = ips.country(e.ip);
    if (c !== null && ctx.sellerCountries.has(c))
      out.push({ at: e.seen_at, country: c, evidence: { kind: 'ip_event', id: e.id } });
  }
  for (const t of v.transactions)
    if (t.sender_country !== null && ctx.sellerCountries.has(t.sender_country))
      out.push({
        at: t.sent_at,
        country: t.sender_country,
        evidence: { kind: 'transaction', id: t.transaction_id },
      });
  return out;
}

const sum = (rs: readonly Reason[], axis: Reason['axis']): number =>
  +rs
    .filter((r) => r.axis === axis)
    .reduce((a, r) => a + r.weight, 0)
    .toFixed(3);

function names(v: PersonView): string[] {
  const counts = new Map<string, number>();
  for (const t of v.transactions)
    if (t.sender_name) counts.set(t.sender_name, (counts.get(t.sender_name) ?? 0) + 1);
  const fromTransfers = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
  const display = v.subscribers.map((s) => s.display_name).filter((n): n is string => !!n && !counts.has(n));
  return [...new Set([...fromTransfers, ...display])];
}

function identifiersOf(v: PersonView): PersonAnalysis['identifiers'] {
  const map = new Map<
    string,
    { type: string; value: string; evidence: { kind: 'message' | 'account' | 'transaction'; id: string }[] }
  >();
  const add = (
    type: string,
    value: string,
    ev: { kind: 'message' | 'account' | 'transaction'; id: string },
  ): void => {
    const k = `${type}|${value}`;
    const cur = map.get(k) ?? map.set(k, { type, value, evidence: [] }).get(k)!;
    if (cur.evidence.length < 10) cur.evidence.push(ev);
  };
  for (const s of v.subscribers) {
    s.emails.forEach((e) => add('email', e, { kind: 'account', id: s.account }));
    s.phones.forEach((p) => add('phone', p, { kind: 'account', id: s.account }));
  }
  for (const t of v.transactions) {
    if (t.sender_email) add('email', t.sender_email, { kind: 'transaction', id: t.transaction_id });
    if (t.sender_phone) add('phone', t.sender_phone, { kind: 'transaction', id: t.transaction_id });
    if (t.sender_dob) add('date_of_birth', t.sender_dob, { kind: 'transaction', id: t.transaction_id });
    const address = [t.sender_address, t.sender_city, t.sender_country].filter(Boolean).join(', ');
    if (address) add('address', address, { kind: 'transaction', id: t.transaction_id });
  }
  for (const r of v.identifiers)
    if (['email', 'phone', 'handle', 'iban', 'crypto'].includes(r.type))
      add(r.type, r.value, { kind: 'message', id: r.message_id });
  return [...map.values()].sort((a, b) => (a.type + a.value < b.type + b.value ? -1 : 1));
}

/**
 * Stages 3–5, assessment: role of every person, buyer indicators (culpability), identity trail
 * (actionability), urgency, country attribution, the lead flag and the ranking. Reads the linked
 * persons and the features; writes each person's finished picture.
 */
export async function runAssessStage(
  store: Store,
  options: { rule?: LeadRule; sellerCountries?: readonly string[]; facts?: CaseFacts } = {},
): Promise<AssessStats> {
  const started = Date.now();
  const rule = options.rule ?? DEFAULT_LEAD_RULE;
  const facts = options.facts ?? (await loadCaseFacts(store));
  const linked = await store.analysis.linkedPersons();
  const payerOf = new Map<string, string>();
  for (const p of linked)
    for (const m of p.members) if (m.startsWith('tx:')) payerOf.set(m.slice(3), p.person_id);
  const ctx = sellerContext(facts, options.sellerCountries ?? DEFAULT_SELLER_COUNTRIES, payerOf);
  const ips = ipLookups(facts);
  const media = await loadMediaFacts(store);
  const out: Omit<PersonAnalysis, 'rank'>[] = [];
  for (const p of linked) {
    const v = personView(p, facts);
    const seller = v.accounts.some((a) => ctx.sellerAccounts.has(a));
    const country = personCountry(v, ips);
    const offset = likelyOffset(country.timeZone);
    const localHour = (ms: number): number | null =>
      offset === null ? null : (((new Date(ms).getUTCHours() + offset) % 24) + 24) % 24;
    const paid = seller ? [] : networkTransfers(v, ctx);
    const culpability = seller
      ? []
      : [...buyerIndicators(v, ctx, localHour), ...mediaIndicators(v.accounts, media, ctx.sellerAccounts)];
    const identity = identityIndicators(v, ips.kind);
    const urgent = seller
      ? []
      : urgencyReasons(v, paid, culpability, ctx, seenAbroad(v, country.country, ctx, ips));
    const roleReasons: Reason[] = seller
      ? v.accounts
          .filter((acc) => ctx.sellerAccounts.has(acc))
          .map((acc) => {
            const hinted = v.subscribers.some((x) => x.account === acc && x.role_hint === 'seller');
            const partners = Object.keys(facts.profiles.get(acc)?.partners ?? {}).length;
            return {
              indicator: hinted ? 'S0_role_hint' : 'S3_serves_many',
              axis: 'role' as const,
              weight: 0,
              detail: hinted
                ? `${acc} is marked seller in its subscriber record`
                : `${acc} chats with ${partners} distinct accounts: it serves customers (not marked seller: a candidate unknown seller)`,
              evidence: [{ kind: 'account' as const, id: acc }],
            };
          })
      : [];
    const reasons = [...roleReasons, ...culpability, ...identity, ...urgent];
    const c = sum(reasons, 'culpability');
    const a = sum(reasons, 'actionability');
    const role = seller ? 'seller' : paid.length > 0 ? 'buyer' : 'other';
    const lead =
      role === 'buyer' &&
      paid.length >= rule.minNetworkTransfers &&
      (!rule.requireChatTie || culpability.some((r) => r.indicator === 'B7')) &&
      (!rule.requireIdentity || hasIdentityTrail(identity)) &&
      c >= rule.minCulpability;
    out.push({
      person_id: p.person_id,
      role,
      names: names(v),
      accounts: v.accounts.map((acc) => ({
        platform: acc.slice(0, acc.indexOf(':')),
        handle: acc.slice(acc.indexOf(':') + 1),
      })),
      transactions: v.transactions.map((t) => t.transaction_id),
      identifiers: identifiersOf(v),
      culpability: c,
      actionability: a,
      score: +(c + 0.5 * Math.max(0, a)).toFixed(3),
      // a buyer with any urgency reason; anyone else chatting with sellers who plans or made a trip
      // to the sellers' country (no payment seen does not make a visit less of a risk)
      urgent:
        (role === 'buyer' && urgent.length > 0) ||
        (role === 'other' &&
          culpability.some((r) => r.indicator === 'CONTACT') &&
          urgent.some((r) => r.indicator === 'U1_travel')),
      lead,
      country: country.country,
      country_confidence: country.confidence,
      country_candidates: country.candidates,
      reasons,
    });
  }
  const ranked = out
    .filter((p) => p.role !== 'seller')
    .sort(
      (x, y) => Number(y.lead) - Number(x.lead) || y.score - x.score || (x.person_id < y.person_id ? -1 : 1),
    );
  const rankOf = new Map(ranked.map((p, i) => [p.person_id, i + 1]));
  const persons: PersonAnalysis[] = out.map((p) => ({ ...p, rank: rankOf.get(p.person_id) ?? null }));
  await store.analysis.replacePersons(persons);
  const stats: AssessStats = {
    persons: persons.length,
    sellers: persons.filter((p) => p.role === 'seller').length,
    buyers: persons.filter((p) => p.role === 'buyer').length,
    leads: persons.filter((p) => p.lead).length,
    urgent: persons.filter((p) => p.urgent).length,
    sellerReceivers: ctx.sellerReceivers.size,
  };
  await store.analysis.recordStage('assess', started, stats);
  return stats;
}
