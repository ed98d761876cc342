/**
 * Realized rates of a built world: the figures docs/synthetic-world.md tables, computed from
 * what was planted rather than from the configured probabilities.
 */
import { USD_PER_UNIT } from './countries.ts';
import { fullNameText } from './names.ts';
import type { Person, World } from './world-types.ts';

const DAY = 86_400_000;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function pct(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

function tally<T>(xs: readonly T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

export function worldStats(world: World): Record<string, unknown> {
  const customers = world.persons.filter((p) => p.accounts.length > 0 && p.role !== 'seller');
  const buyers = world.persons.filter((p) => p.kind === 'buyer');
  const sessions = world.transfers.filter((t) => t.purpose === 'session');
  const perBuyer = new Map<Person, number[]>();
  for (const t of sessions) perBuyer.set(t.payer, [...(perBuyer.get(t.payer) ?? []), t.sentAt]);
  const gaps: number[] = [];
  for (const times of perBuyer.values()) {
    if (times.length <= 20) continue;
    const s = times.slice().sort((a, b) => a - b);
    const g = s.slice(1).map((t, i) => (t - (s[i] ?? t)) / DAY);
    gaps.push(median(g));
  }
  const names = tally(world.persons, (p) => `${p.name.given} ${p.name.surname}`);
  const sharedNames = Object.entries(names).filter(([, n]) => n > 1);
  const sessionReceivers = new Set(sessions.map((t) => t.receiver));
  const otherReceivers = new Set(
    world.transfers.filter((t) => t.purpose !== 'session').map((t) => t.receiver),
  );
  const emailReuse = world.persons.filter((p) => {
    const emails = p.accounts.filter((a) => a.subscriber).flatMap((a) => a.emails);
    return emails.length > new Set(emails).size;
  });
  const convs = world.conversations;
  const disclosing = (pred: (p: Person) => boolean, key: 'email' | 'phone' | 'name'): number =>
    pct(
      convs.filter((c) => pred(c.customer.person) && c.disclose[key]).length,
      convs.filter((c) => pred(c.customer.person)).length,
    );
  const isBuyer = (p: Person): boolean => p.kind === 'buyer';
  const notBuyer = (p: Person): boolean => p.kind !== 'buyer';
  const households = tally(
    world.persons.filter((p) => p.householdId !== null),
    (p) => p.householdId ?? '',
  );
  return {
    persons: world.persons.length,
    persons_by_kind: tally(world.persons, (p) => p.kind),
    customer_persons_with_accounts: customers.length,
    customer_accounts: customers.reduce((a, p) => a + p.accounts.length, 0),
    accounts_per_customer: tally(customers, (p) => String(p.accounts.length)),
    platforms: tally(world.accounts, (a) => a.platform),
    seller_accounts: world.networks.reduce((a, n) => a + n.accounts.length, 0),
    seller_accounts_marked: world.networks.flatMap((n) => n.accounts).filter((a) => a.roleHint === 'seller')
      .length,
    customer_countries: Object.keys(
      tally(
        customers.filter((p) => p.country !== 'PH'),
        (p) => p.country,
      ),
    ).length,
    buyer_countries: tally(buyers, (p) => p.country),
    customer_languages: tally(customers, (p) => p.lang),
    subscriber_records_pct: pct(world.accounts.filter((a) => a.subscriber).length, world.accounts.length),
    virtual_number_accounts: world.accounts.filter((a) => a.virtualNumber).length,
    email_on_several_records_persons: emailReuse.length,
    transfers_by_purpose: tally(world.transfers, (t) => t.purpose),
    session_reference_quoted_pct: pct(sessions.filter((t) => t.quoted).length, sessions.length),
    session_sent_message_only_pct: pct(
      sessions.filter((t) => t.sentMessage && !t.quoted).length,
      sessions.length,
    ),
    session_no_chat_link_pct: pct(sessions.filter((t) => !t.sentMessage).length, sessions.length),
    session_third_party_pct: pct(sessions.filter((t) => t.named !== t.payer).length, sessions.length),
    session_paid_while_travelling: sessions.filter((t) => t.travelling).length,
    session_sender_name_exact_pct: pct(
      sessions.filter((t) => t.senderName === fullNameText(t.named.name)).length,
      sessions.length,
    ),
    session_median_usd: Math.round(
      median(sessions.map((t) => Number(t.amount) * (USD_PER_UNIT[t.currency] ?? 1))),
    ),
    family_quoted_in_chat: world.transfers.filter((t) => t.purpose !== 'session' && t.quoted).length,
    payments_per_buyer: { median: median([...perBuyer.values()].map((x) => x.length)), over_20: gaps.length },
    prolific_median_gap_days: Math.round(median(gaps) * 10) / 10,
    buyers_by_carefulness: tally(buyers, (p) => p.buyer?.carefulness ?? ''),
    buyers_paying_several_networks: buyers.filter(
      (p) => new Set(sessions.filter((t) => t.payer === p).map((t) => t.networkId)).size > 1,
    ).length,
    receivers_with_session_and_family_or_partner_money: [...sessionReceivers].filter((r) =>
      otherReceivers.has(r),
    ).length,
    leads: world.persons.filter((p) => p.isLead).length,
    buyers_not_leads: buyers.filter((p) => !p.isLead).length,
    urgent_by_reason: tally(
      world.persons.filter((p) => p.urgentReasons.length > 0),
      (p) => p.urgentReasons.join('+'),
    ),
    urgent_leads: world.persons.filter((p) => p.isLead && p.urgentReasons.length > 0).length,
    trips: tally(
      world.persons.flatMap((p) => p.trips),
      (t) => `${t.country}${t.upcoming ? ' upcoming' : ''}`,
    ),
    talkers_with_travel_talk: convs.filter((c) => c.kind === 'talker' && c.travelTalk !== null).length,
    disclosure_pct: {
      buyer_email: disclosing(isBuyer, 'email'),
      buyer_phone: disclosing(isBuyer, 'phone'),
      buyer_name: disclosing(isBuyer, 'name'),
      other_email: disclosing(notBuyer, 'email'),
      other_phone: disclosing(notBuyer, 'phone'),
      other_name: disclosing(notBuyer, 'name'),
    },
    names_shared_by_several_persons: sharedNames.length,
    persons_sharing_a_name: sharedNames.reduce((a, [, n]) => a + n, 0),
    households_of_2_or_more: Object.values(households).filter((n) => n > 1).length,
    conversations: convs.length,
    conversation_size: {
      median: median(convs.map((c) => c.size)),
      p90: convs.map((c) => c.size).sort((a, b) => a - b)[Math.floor(convs.length * 0.9)] ?? 0,
      max: Math.max(...convs.map((c) => c.size)),
    },
  };
}
