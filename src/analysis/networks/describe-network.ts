import type { Evidence } from '../../core/analysis-types.ts';
import type { NetworkMember, NetworkStatement, SellerNetwork } from '../../core/network-types.ts';
import type { TransactionFacts } from '../stages/case-facts.ts';
import { familyTransfer } from '../stages/person-view.ts';
import type { GroupReceiver, ReceiverVia, SellerGroup } from './group-networks.ts';
import { moneyByMonth } from './money-by-month.ts';
import { STILL_ACTIVE_MS, type NetworkContext } from './network-context.ts';
import { networkId } from './network-id.ts';
import { ipCountries, observedPlaces, receiverCities } from './network-locations.ts';

const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
const MAX_EVIDENCE = 12;
const account = (key: string): { platform: string; handle: string } => ({
  platform: key.slice(0, key.indexOf(':')),
  handle: key.slice(key.indexOf(':') + 1),
});

function mostCommon(values: readonly (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const v of values) if (v !== null) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

const WHY_RECEIVER: Record<ReceiverVia, (r: GroupReceiver) => string> = {
  ties: (r) =>
    `${Math.round(r.share * 100)}% of the chat and payment ties of its money point to this network's sellers`,
  'given-out': () =>
    "this network's sellers gave out its phone or name in chat, and several unrelated senders abroad pay it",
  'co-payers': (r) =>
    `${Math.round(r.share * 100)}% of its payers' transfers to known collectors go to this network's collectors`,
  household: () => "shares a family name and pickup town with this network's collectors",
  alone: () => 'paid by several unrelated senders abroad; no known network claims it',
};

/** The whole picture of one network from its sellers and collectors (candidacy is ranked later). */
export function describeNetwork(g: SellerGroup, ctx: NetworkContext): Omit<SellerNetwork, 'candidate'> {
  const { facts } = ctx;
  const sellerAccounts = g.sellers.flatMap((s) =>
    (ctx.persons.get(s)?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`),
  );
  const first = (a: string): number => facts.profiles.get(a)?.first ?? Number.MAX_SAFE_INTEGER;
  // the anchor of the id: the earliest account marked seller (what the investigation already knows
  // changes least between seizures), else the earliest seller account, else the first collector
  const anchor =
    [...sellerAccounts].sort(
      (a, b) =>
        Number(ctx.hinted.has(b)) - Number(ctx.hinted.has(a)) || first(a) - first(b) || (a < b ? -1 : 1),
    )[0] ??
    g.receivers.map((r) => r.entity.id).sort()[0] ??
    'empty';
  const transfers: TransactionFacts[] = g.receivers
    .flatMap((r) => r.entity.transactions)
    .sort((a, b) => a.sent_at - b.sent_at);

  const members: NetworkMember[] = [];
  for (const s of g.sellers) {
    const p = ctx.persons.get(s);
    const accs = (p?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`);
    const marked = accs.filter((a) => ctx.hinted.has(a));
    const firsts = accs
      .map((a) => facts.profiles.get(a)?.first ?? null)
      .filter((x): x is number => x !== null);
    const lasts = accs.map((a) => facts.profiles.get(a)?.last ?? null).filter((x): x is number => x !== null);
    members.push({
      member_id: s,
      role: 'seller',
      person_id: s,
      names: p?.names ?? [],
      accounts: p?.accounts ?? [],
      transfers: 0,
      transaction_ids: [],
      first: firsts.length > 0 ? Math.min(...firsts) : null,
      last: lasts.length > 0 ? Math.max(...lasts) : null,
      why:
        marked.length > 0
          ? `runs ${marked.join(', ')}, marked seller in subscriber records`
          : p?.role === 'seller'
            ? `runs ${accs.join(', ')}, which chat with many customers (not marked seller)`
            : `runs ${accs.join(', ')} (not marked seller), which customers paying this network's collectors chat with`,
      evidence: accs.slice(0, MAX_EVIDENCE).map((a) => ({ kind: 'account' as const, id: a })),
    });
  }
  for (const r of g.receivers) {
    const txs = r.entity.transactions;
    members.push({
      member_id: r.entity.id,
      role: 'receiver',
      person_id: null,
      names: r.entity.names,
      accounts: [],
      transfers: txs.length,
      transaction_ids: txs.map((t) => t.transaction_id),
      first: txs[0]?.sent_at ?? null,
      last: txs.at(-1)?.sent_at ?? null,
      why: `collects ${txs.length} transfers; ${WHY_RECEIVER[r.via](r)}`,
      evidence: txs
        .slice(0, MAX_EVIDENCE)
        .map((t) => ({ kind: 'transaction' as const, id: t.transaction_id })),
    });
  }
  for (const a of sellerAccounts)
    members.push({
      member_id: `acct:${a}`,
      role: 'account',
      person_id: ctx.personOfAccount.get(a) ?? null,
      names: [],
      accounts: [account(a)],
      transfers: 0,
      transaction_ids: [],
      first: facts.profiles.get(a)?.first ?? null,
      last: facts.profiles.get(a)?.last ?? null,
      why: ctx.hinted.has(a) ? 'marked seller in subscriber records' : 'serves many customers in chat',
      evidence: [{ kind: 'account', id: a }],
    });

  const ipEvents = sellerAccounts.flatMap((a) => facts.ipEvents.get(a) ?? []);
  const points = sellerAccounts.flatMap((a) => ctx.locations.get(a) ?? []);
  const locations = [
    ...receiverCities(transfers),
    ...observedPlaces(points),
    ...ipCountries(ipEvents, ctx.ipCountry),
  ];
  const country =
    mostCommon(transfers.map((t) => t.receiver_country)) ??
    mostCommon(ipEvents.map((e) => ctx.ipCountry(e.ip)));

  const times = [
    ...members.flatMap((m) => (m.role === 'receiver' ? [] : [m.first, m.last])),
    transfers[0]?.sent_at ?? null,
    transfers.at(-1)?.sent_at ?? null,
  ].filter((x): x is number => x !== null);
  const activeFrom = times.length > 0 ? Math.min(...times) : null;
  const activeTo = times.length > 0 ? Math.max(...times) : null;
  const stillActive = activeTo !== null && activeTo >= facts.caseEnd - STILL_ACTIVE_MS;

  // buyers: persons the assessment calls buyers who paid its collectors or chat with its accounts
  const buyerEvidence = new Map<string, Evidence>();
  for (const t of transfers) {
    const payer = ctx.payerOf.get(t.transaction_id);
    if (payer !== undefined && ctx.persons.get(payer)?.role === 'buyer' && !buyerEvidence.has(payer))
      buyerEvidence.set(payer, { kind: 'transaction', id: t.transaction_id });
  }
  for (const a of sellerAccounts)
    for (const partner of Object.keys(facts.profiles.get(a)?.partners ?? {})) {
      const who = ctx.personOfAccount.get(partner);
      if (who !== undefined && ctx.persons.get(who)?.role === 'buyer' && !buyerEvidence.has(who))
        buyerEvidence.set(who, { kind: 'account', id: partner });
    }
  const buyerIds = [...buyerEvidence.keys()].sort();
  const byCountry = new Map<string, number>();
  for (const b of buyerIds) {
    const c = ctx.persons.get(b)?.country ?? 'unknown';
    byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  }
  const buyerCountries = [...byCountry]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c, n]) => ({ country: c, buyers: n }));

  const sellerNames = g.sellers.flatMap((s) => ctx.persons.get(s)?.names.slice(0, 1) ?? []);
  const name =
    g.sellers.length > 0
      ? `${anchor}${sellerNames[0] ? ` (${sellerNames[0]})` : ''}${g.sellers.length > 1 ? ` and ${g.sellers.length - 1} more` : ''}`
      : `collector ${g.receivers[0]?.entity.names[0] ?? anchor}${transfers[0]?.receiver_city ? `, ${transfers[0].receiver_city}` : ''}`;

  const statements: NetworkStatement[] = [
    {
      indicator: 'members',
      weight: 0,
      detail: `${g.sellers.length} seller person(s) running ${sellerAccounts.length} account(s); ${g.receivers.length} collector(s) of ${transfers.length} transfers`,
      evidence: sellerAccounts.slice(0, MAX_EVIDENCE).map((a) => ({ kind: 'account' as const, id: a })),
    },
    ...g.ties.map((t) => {
      const via = g.receivers.find((r) => r.entity.id === t.via);
      return {
        indicator: 'members',
        weight: 0,
        detail: t.via.startsWith('home:')
          ? `${t.a} and ${t.b} are observed at the same place (${t.via.slice(5)})`
          : `${t.a} and ${t.b} both collect through ${via?.entity.names[0] ?? t.via}`,
        evidence: (via?.entity.transactions ?? [])
          .slice(0, 6)
          .map((x) => ({ kind: 'transaction' as const, id: x.transaction_id })),
      };
    }),
    ...locations.slice(0, 3).map((l) => ({
      indicator: 'location',
      weight: 0,
      detail: `operates in ${l.label}: ${l.observations} ${l.source.replace('_', ' ')} observation(s)`,
      evidence: l.evidence,
    })),
    {
      indicator: 'active',
      weight: 0,
      detail:
        activeFrom === null || activeTo === null
          ? 'no dated activity'
          : `active ${day(activeFrom)} to ${day(activeTo)}${stillActive ? `: still active (within ${STILL_ACTIVE_MS / 86_400_000} days of the case's newest record, ${day(facts.caseEnd)})` : ''}`,
      evidence: [
        ...(transfers.at(-1) === undefined
          ? []
          : [{ kind: 'transaction' as const, id: transfers.at(-1)!.transaction_id }]),
        ...sellerAccounts.slice(0, 3).map((a) => ({ kind: 'account' as const, id: a })),
      ],
    },
    {
      indicator: 'buyers',
      weight: 0,
      detail: `${buyerIds.length} distinct buyer(s) paid its collectors or chat with its accounts: ${buyerCountries
        .slice(0, 8)
        .map((b) => `${b.country} ${b.buyers}`)
        .join(', ')}`,
      evidence: [...buyerEvidence.values()].slice(0, MAX_EVIDENCE),
    },
    {
      indicator: 'money',
      weight: 0,
      detail: `${transfers.length} transfers received (${transfers.filter((t) => !familyTransfer(t)).length} not between family names)`,
      evidence: transfers
        .slice(-MAX_EVIDENCE)
        .map((t) => ({ kind: 'transaction' as const, id: t.transaction_id })),
    },
  ];

  return {
    network_id: networkId(anchor),
    name,
    known: sellerAccounts.some((a) => ctx.hinted.has(a)),
    country,
    members,
    accounts: sellerAccounts.map(account),
    locations,
    active_from: activeFrom,
    active_to: activeTo,
    still_active: stillActive,
    buyers: buyerIds.length,
    buyer_countries: buyerCountries,
    buyer_person_ids: buyerIds,
    money_by_month: moneyByMonth(transfers),
    statements,
  };
}
