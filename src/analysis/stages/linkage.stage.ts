import { contentId } from '../../core/hash.ts';
import type { LinkedPerson, PersonLink } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';
import { classifyIp } from '../jurisdiction/ip-class.ts';
import { sharedAddresses } from '../jurisdiction/shared-addresses.ts';
import { linkRecords } from '../linkage/link-records.ts';
import { splitOversized } from '../linkage/split-oversized.ts';
import { cutLooseTies } from '../linkage/loose-ties.ts';
import { preparePerson, type PersonInput } from '../linkage/person-record.ts';
import { CASE_BLOCKING, CASE_COMPARISONS, type CaseNode } from './case-comparisons.ts';
import { loadCaseFacts, type CaseFacts } from './case-facts.ts';
import { hubAccounts } from './hubs.ts';
import { distinctSurnames, surnameOf } from './person-view.ts';
import { paymentTies } from './payment-claims.ts';

/** An identifier several accounts disclose is a shop's or a service's, not a person's: it links nobody. */
export const MAX_DISCLOSERS = 3;
/**
 * The least match weight (bits) that links two records. The posterior-½ threshold alone depends on
 * the share of matches among blocked pairs, which is high here (one payer's many transfers), so it
 * can fall to near zero; a link must also carry evidence worth 6 bits (a shared contact, or a name
 * with a second agreeing field).
 */
export const MIN_LINK_WEIGHT = 6;
/**
 * Random node pairs u is estimated from. Most fields are present on few nodes (home addresses on
 * accounts only, e-mails on a few), so 20,000 pairs left a few hundred comparisons per field and
 * the smoothing held u near 1/(comparisons): agreeing on a home address or an e-mail could not
 * weigh more than about 6 bits.
 */
export const U_RANDOM_PAIRS = 100_000;
/**
 * More accounts than this in one person is implausible (one buyer rarely keeps more than a few);
 * such a person was chained together through weak single links and is cut at its weakest bridges.
 */
export const MAX_PERSON_ACCOUNTS = 6;
/** An account tied to transfers from this many sender surnames collects money rather than pays it. */
export const MAX_TIED_SURNAMES = 5;
/** A home address seen on more accounts than this, ever, is a shared line, not a household's. */
export const MAX_HOME_IP_ACCOUNTS = 4;
/**
 * What a link needs besides its weight: an identifier that agrees, or a home address together with
 * a name. Common names alone, or a household's line alone, chain strangers into one person.
 */
export const CORROBORATING_FIELDS: readonly (readonly string[])[] = [
  ['dob'],
  ['address'],
  ['postcode'],
  ['phone'],
  ['email'],
  ['shared_identifier'],
  ['chat_tie'],
  ['home_ip:0'],
  ['home_ip:1'],
  ['home_ip:1', 'given_name'],
  ['home_ip:1', 'surname'],
  ['given_name:2', 'surname:2', 'city:0'],
];

/**
 * A link that rests on a "sent" message minutes after a transfer: without the claim, what else
 * agrees (a similar given name, say) would not reach MIN_LINK_WEIGHT on its own.
 */
export function looseTie(l: {
  readonly breakdown: readonly { field: string; level: string; weight: number; tf: number }[];
}): boolean {
  if (!l.breakdown.some((b) => b.field === 'chat_tie' && b.level === 'claimed')) return false;
  const rest = l.breakdown.filter((b) => b.field !== 'chat_tie').reduce((a, b) => a + b.weight + b.tf, 0);
  return rest < MIN_LINK_WEIGHT;
}

const PHONE_HANDLES = new Set(['whatsapp', 'viber']);

/** A display name that reads as "given surname" (two words or more), else null. */
function nameFromDisplay(displayName: string | null): string | null {
  return displayName !== null && displayName.trim().split(/\s+/).length >= 2 && !/\d/.test(displayName)
    ? displayName
    : null;
}

/** A handle that reads as "given surname" (two or three words), else null. */
function nameFromHandle(handle: string): string | null {
  const words = handle
    .replace(/^live:/, '')
    .split(/[._-]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter((w) => /^[a-z]{2,}$/i.test(w));
  return words.length >= 2 && words.length <= 3 && !handle.startsWith('live:.cid') ? words.join(' ') : null;
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Builds the identity graph's nodes from the case facts. */
export function caseNodes(facts: CaseFacts): CaseNode[] {
  const sellers = new Set(
    [...facts.subscribers].filter(([, subs]) => subs.some((s) => s.role_hint === 'seller')).map(([k]) => k),
  );
  // who discloses what: identifiers disclosed by many accounts (or by a seller) link nobody
  const disclosers = new Map<string, Set<string>>();
  for (const [account, rows] of facts.identifiers)
    for (const r of rows)
      if (r.type === 'email' || r.type === 'phone' || r.type === 'handle')
        (
          disclosers.get(`${r.type}|${r.value}`) ??
          disclosers.set(`${r.type}|${r.value}`, new Set()).get(`${r.type}|${r.value}`)!
        ).add(account);
  const sellerValues = new Set<string>();
  for (const s of sellers) {
    for (const sub of facts.subscribers.get(s) ?? []) {
      sub.emails.forEach((e) => sellerValues.add(`email|${e.toLowerCase()}`));
      sub.phones.forEach((p) => sellerValues.add(`phone|${p.replace(/\D/g, '').slice(-9)}`));
    }
    for (const r of facts.identifiers.get(s) ?? [])
      sellerValues.add(`${r.type}|${r.type === 'phone' ? r.value.replace(/\D/g, '').slice(-9) : r.value}`);
  }
  const usable = (account: string, type: string, value: string): boolean => {
    if (sellers.has(account)) return true;
    const norm = type === 'phone' ? value.replace(/\D/g, '').slice(-9) : value;
    if (sellerValues.has(`${type}|${norm}`)) return false;
    return (disclosers.get(`${type}|${value}`)?.size ?? 0) <= MAX_DISCLOSERS;
  };

  const shared = sharedAddresses(
    [...facts.ipEvents].flatMap(([account, evs]) =>
      evs.map((e) => ({ ip: e.ip, account, port: e.port, at: e.seen_at })),
    ),
  );
  // an address many accounts used over the years (a reassigned or shared line) singles nobody out
  const usersOf = new Map<string, Set<string>>();
  for (const [account, evs] of facts.ipEvents)
    for (const e of evs) (usersOf.get(e.ip) ?? usersOf.set(e.ip, new Set()).get(e.ip)!).add(account);
  const ipClass = new Map<string, string>();
  const homeIps = (account: string): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    for (const e of facts.ipEvents.get(account) ?? []) {
      if (shared.has(e.ip) || (usersOf.get(e.ip)?.size ?? 0) > MAX_HOME_IP_ACCOUNTS) continue;
      let kind = ipClass.get(e.ip);
      if (kind === undefined) ipClass.set(e.ip, (kind = classifyIp(e.ip).kind));
      if (kind === 'residential') (out.get(e.ip) ?? out.set(e.ip, []).get(e.ip)!).push(e.seen_at);
    }
    for (const times of out.values()) times.sort((x, y) => x - y);
    return out;
  };

  const tiesByAccount = new Map<string, string[]>();
  const quotedByAccount = new Map<string, string[]>();
  for (const t of paymentTies(facts, new Set([...sellers, ...hubAccounts(facts)]))) {
    (tiesByAccount.get(t.account) ?? tiesByAccount.set(t.account, []).get(t.account)!).push(t.transaction_id);
    if (t.how === 'quoted')
      (quotedByAccount.get(t.account) ?? quotedByAccount.set(t.account, []).get(t.account)!).push(
        t.transaction_id,
      );
  }

  const nodes: CaseNode[] = [];
  for (const account of facts.accounts) {
    const subs = facts.subscribers.get(account) ?? [];
    const said = facts.identifiers.get(account) ?? [];
    const seller = sellers.has(account);
    const tied = tiesByAccount.get(account) ?? [];
    // an account tied to transfers of many differently-surnamed senders collects money: a seller side
    const surnames = [...new Set(tied.map((t) => surnameOf(facts.transactionById.get(t)!.sender_name)))];
    const collects = distinctSurnames(surnames) >= MAX_TIED_SURNAMES;
    const platform = account.slice(0, account.indexOf(':'));
    const handle = account.slice(account.indexOf(':') + 1);
    const statedName =
      mostFrequent(said.filter((r) => r.type === 'name').map((r) => r.value)) ??
      nameFromDisplay(subs.find((x) => x.display_name !== null)?.display_name ?? null);
    const input: PersonInput = {
      id: `acct:${account}`,
      fullName: statedName ?? nameFromHandle(handle),
      emails: [
        ...subs.flatMap((s) => s.emails),
        ...said.filter((r) => r.type === 'email' && usable(account, 'email', r.value)).map((r) => r.value),
      ],
      phones: [
        ...(PHONE_HANDLES.has(platform) && /^\+?\d{7,15}$/.test(handle) ? [handle] : []),
        ...subs.flatMap((s) => s.phones),
        ...said.filter((r) => r.type === 'phone' && usable(account, 'phone', r.value)).map((r) => r.value),
      ],
      ids: [
        `h:${account}`,
        ...said
          .filter((r) => r.type === 'handle' && usable(account, 'handle', r.value))
          .map((r) => `h:${r.value}`),
      ],
    };
    const home = homeIps(account);
    nodes.push({
      ...preparePerson(input),
      homeIps: [...home.keys()].sort(),
      homeIpTimes: home,
      seller,
      tieRefs: seller || collects ? [] : tied,
      quotedRefs: seller || collects ? [] : (quotedByAccount.get(account) ?? []),
      isAccount: true,
      nameFromHandle: statedName === null,
    });
  }
  for (const t of facts.transactions) {
    const input: PersonInput = {
      id: `tx:${t.transaction_id}`,
      fullName: t.sender_name,
      dob: t.sender_dob,
      address: t.sender_address,
      city: t.sender_city,
      country: t.sender_country,
      phones: t.sender_phone === null ? [] : [t.sender_phone],
      emails: t.sender_email === null ? [] : [t.sender_email],
      ids: [
        `ref:${t.transaction_id}`,
        ...(t.sender_account === null ? [] : [`sa:${t.provider.toLowerCase()}:${t.sender_account}`]),
      ],
    };
    nodes.push({
      ...preparePerson(input),
      homeIps: [],
      homeIpTimes: new Map(),
      seller: false,
      tieRefs: [t.transaction_id],
      quotedRefs: [],
      isAccount: false,
      nameFromHandle: false,
    });
  }
  return nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface LinkageStats {
  readonly nodes: number;
  readonly persons: number;
  readonly candidatePairs: number;
  readonly links: number;
  readonly bridges: number;
  /** Bridges cut to split persons with more than MAX_PERSON_ACCOUNTS accounts. */
  readonly bridgesCut: number;
  /** Links resting on a "sent" claim alone that would have joined two payers (`cutLooseTies`). */
  readonly looseTiesCut: number;
  readonly decisions: number;
  readonly threshold: number;
}

/** A person's id: derived from its first member, so it stays put while that member stays with it. */
export function personIdOf(firstMember: string): string {
  return `p-${contentId([firstMember], 12)}`;
}

/**
 * Stage 2, linkage: accounts and payer records become persons by Fellegi–Sunter resolution
 * (EM-estimated m/u, blocking, term-frequency adjusted names, IP co-occurrence), clustered as
 * connected components above the threshold under the investigators' decisions.
 */
export async function runLinkageStage(store: Store, facts?: CaseFacts): Promise<LinkageStats> {
  const started = Date.now();
  const f = facts ?? (await loadCaseFacts(store));
  const nodes = caseNodes(f);
  const decisions = await store.analysis.decisions();
  const result = linkRecords(
    nodes,
    { comparisons: CASE_COMPARISONS, blocking: CASE_BLOCKING },
    {
      constraints: {
        mustLink: decisions.filter((d) => d.kind !== 'split').map((d) => [d.a, d.b] as const),
        cannotLink: decisions.filter((d) => d.kind === 'split').map((d) => [d.a, d.b] as const),
      },
      maxBlockSize: 200,
      randomPairs: U_RANDOM_PAIRS,
      threshold: MIN_LINK_WEIGHT,
      fixU: true,
      spanningLinks: true,
      corroboration: CORROBORATING_FIELDS,
      seed: 1,
    },
  );
  const live = result.links.filter((l) => l.status !== 'blocked');
  const refsOf = new Map(nodes.filter((n) => n.isAccount).map((n) => [n.id, new Set(n.tieRefs)]));
  const loose = cutLooseTies(result.clusters, live, {
    isAccount: (m) => m.startsWith('acct:'),
    loose: looseTie,
    support: (accounts, payers) =>
      payers.filter((p) => accounts.some((a) => refsOf.get(a)?.has(p.slice(3)) === true)).length,
  });
  const cutLoose = new Set(loose.dropped);
  const split = splitOversized(
    loose.clusters,
    live.filter((l) => !cutLoose.has(l)),
    (m) => (m.startsWith('acct:') ? 1 : 0),
    MAX_PERSON_ACCOUNTS,
  );
  const persons: LinkedPerson[] = split.clusters.map((c) => ({
    person_id: personIdOf(c.id),
    members: c.members,
  }));
  const personOf = new Map<string, string>();
  for (const p of persons) for (const m of p.members) personOf.set(m, p.person_id);
  const cut = new Set([...split.dropped, ...loose.dropped]);
  const links: PersonLink[] = live
    .filter((l) => !cut.has(l))
    .map((l) => ({
      person_id: personOf.get(l.a)!,
      a: l.a,
      b: l.b,
      weight: l.weight,
      probability: l.probability,
      status: l.status,
      bridge: l.bridge,
      breakdown: l.breakdown.map((b) => ({ field: b.field, level: b.level, weight: b.weight, tf: b.tf })),
    }));
  await store.analysis.replaceLinkage(persons, links);
  const stats: LinkageStats = {
    nodes: nodes.length,
    persons: persons.length,
    candidatePairs: result.stats.candidatePairs,
    links: links.length,
    bridges: links.filter((l) => l.bridge).length,
    bridgesCut: split.dropped.length,
    looseTiesCut: loose.dropped.length,
    decisions: decisions.length,
    threshold: result.threshold,
  };
  await store.analysis.recordStage('linkage', started, stats);
  return stats;
}
