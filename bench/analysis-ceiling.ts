/**
 * What the analysis could recover at best: `npx tsx bench/analysis-ceiling.ts --scale seed --seed N`.
 *
 * Rebuilds the synthetic world's model (what the generator planted: accounts, conversations with
 * their disclosures, transfers with their chat links) and reads the ingested case's IP events and
 * transfer records (bench/out/ingested-SCALE-N, or case-SCALE-N), then asks, for every true person,
 * which of its accounts and transfers are joined by any observable evidence:
 *
 * - contact: an e-mail or phone shared through subscriber records, a WhatsApp/Viber number, a
 *   transfer's sender phone/e-mail, or one disclosed in the person's own chat;
 * - handle: a chat in which the person gives another of their handles;
 * - tie: a transfer whose reference is quoted in, or announced minutes after by, the account's chat;
 * - name: the person's name on transfers (taken as matchable even when written with noise), and a
 *   name disclosed in chat or shown as a display name;
 * - sender record: transfers sharing a sender account, phone, e-mail or date of birth;
 * - home IP: a residential address used by at most four accounts, never by five or more in one day.
 *
 * Everything is optimistic (a fuzzy name always matches, a "sent" message always picks its
 * transfer): the figures are upper bounds on recall, not what any rule reaches. Not a test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { classifyIp } from '../src/analysis/jurisdiction/ip-class.ts';
import { sharedAddresses } from '../src/analysis/jurisdiction/shared-addresses.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { buildWorld } from '../src/synth/build-world.ts';
import type { Scale } from '../src/synth/scale.ts';
import type { Person } from '../src/synth/world-types.ts';
import { arg } from './bench-args.ts';

const scale = arg('scale', 'small') as Scale;
const seed = Number(arg('seed', '101'));
const caseDir = [`ingested-${scale}-${seed}`, `case-${scale}-${seed}`]
  .map((d) => join('bench', 'out', d))
  .find((d) => existsSync(join(d, 'vigil.db')));
if (caseDir === undefined) throw new Error(`no ingested case for ${scale} seed ${seed} under bench/out`);

const KINDS = ['contact', 'handle', 'tie', 'name', 'sender', 'home_ip'] as const;
type Kind = (typeof KINDS)[number];

const world = buildWorld(seed, scale);
const store = SqliteStore.open(caseDir);
const digits = (s: string): string => s.replace(/\D/g, '').slice(-9);

// evidence keys per node; nodes are `a:platform:handle` and `t:transaction_id`
const keys = new Map<string, Array<[Kind, string]>>();
const ownerOf = new Map<string, Person>();
const add = (node: string, kind: Kind, key: string): void => {
  (keys.get(node) ?? keys.set(node, []).get(node)!).push([kind, `${kind}|${key}`]);
};
const acct = (platform: string, handle: string): string => `a:${platform}:${handle.toLowerCase()}`;

for (const a of world.accounts) {
  const node = acct(a.platform, a.handle);
  ownerOf.set(node, a.person);
  add(node, 'handle', node);
  if (a.subscriber) {
    a.emails.forEach((e) => add(node, 'contact', `e:${e.toLowerCase()}`));
    a.phones.forEach((p) => add(node, 'contact', `p:${digits(p)}`));
    const dn = a.displayName.toLowerCase();
    if (dn.includes(a.person.name.surname.toLowerCase()) && dn.includes(a.person.name.given.toLowerCase()))
      add(node, 'name', a.person.id);
  }
  if ((a.platform === 'whatsapp' || a.platform === 'viber') && !a.virtualNumber)
    add(node, 'contact', `p:${digits(a.handle)}`);
}
for (const c of world.conversations) {
  const node = acct(c.customer.platform, c.customer.handle);
  const p = c.customer.person;
  if (c.disclose.email) add(node, 'contact', `e:${p.email.toLowerCase()}`);
  if (c.disclose.phone) add(node, 'contact', `p:${digits(p.phone.cc + p.phone.nsn)}`);
  if (c.disclose.handle !== null)
    add(node, 'handle', acct(c.disclose.handle.platform, c.disclose.handle.handle));
  if (c.disclose.name) add(node, 'name', p.id);
  for (const t of c.transfers) if (t.quoted || t.sentMessage) add(node, 'tie', t.id);
}
for (const t of world.transfers) {
  const node = `t:${t.id}`;
  ownerOf.set(node, t.payer);
  add(node, 'tie', t.id);
  add(node, 'name', t.named.id);
}
for await (const r of store.records('transactions')) {
  const node = `t:${r.transaction_id as string}`;
  if (!ownerOf.has(node)) continue;
  if (r.sender_phone) add(node, 'contact', `p:${digits(r.sender_phone as string)}`);
  if (r.sender_email) add(node, 'contact', `e:${(r.sender_email as string).toLowerCase()}`);
  if (r.sender_account) add(node, 'sender', `sa:${r.provider as string}:${r.sender_account as string}`);
  if (r.sender_dob) add(node, 'sender', `dob:${r.sender_dob as string}|${r.sender_name as string}`);
}
const uses: Array<{ ip: string; account: string; port: number | null; at: number }> = [];
for await (const r of store.records('ip_events'))
  uses.push({
    ip: r.ip as string,
    account: acct(r.platform as string, r.handle as string),
    port: r.port as number | null,
    at: r.seen_at as number,
  });
await store.close();
const shared = sharedAddresses(uses);
const usersOf = new Map<string, Set<string>>();
for (const u of uses) (usersOf.get(u.ip) ?? usersOf.set(u.ip, new Set()).get(u.ip)!).add(u.account);
for (const [ip, users] of usersOf) {
  if (shared.has(ip) || users.size > 4 || classifyIp(ip).kind !== 'residential') continue;
  for (const u of users) add(u, 'home_ip', ip);
}

/** Components of each true person's nodes under the evidence kinds allowed. */
function components(allowed: ReadonlySet<Kind>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const firstByKey = new Map<string, string>();
  for (const [node, ks] of keys) {
    const owner = ownerOf.get(node);
    if (owner === undefined) continue;
    if (!parent.has(node)) parent.set(node, node);
    for (const [kind, key] of ks) {
      if (!allowed.has(kind)) continue;
      const k = `${owner.id}|${key}`;
      const first = firstByKey.get(k);
      if (first === undefined) firstByKey.set(k, node);
      else parent.set(find(node), find(first));
    }
  }
  const out = new Map<string, string>();
  for (const node of parent.keys()) out.set(node, find(node));
  return out;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const customers = world.persons.filter((p) => p.accounts.length > 1);
const truePairs = world.persons.reduce((s, p) => s + pairs(p.accounts.length), 0);
function accountPairsJoined(comp: Map<string, string>): number {
  let joined = 0;
  for (const p of world.persons) {
    const sizes = new Map<string, number>();
    for (const a of p.accounts) {
      const c = comp.get(acct(a.platform, a.handle))!;
      sizes.set(c, (sizes.get(c) ?? 0) + 1);
    }
    for (const n of sizes.values()) joined += pairs(n);
  }
  return joined;
}
function leadsJoined(comp: Map<string, string>): number {
  const sessionsBy = new Map<string, number>();
  for (const t of world.transfers)
    if (t.purpose === 'session') {
      const c = comp.get(`t:${t.id}`)!;
      sessionsBy.set(c, (sessionsBy.get(c) ?? 0) + 1);
    }
  return world.persons.filter(
    (p) =>
      p.isLead && p.accounts.some((a) => (sessionsBy.get(comp.get(acct(a.platform, a.handle))!) ?? 0) >= 3),
  ).length;
}
/** Pairs of accounts of different true persons that share a key of this kind: what the evidence would merge wrongly. */
function strangerPairs(kind: Kind): number {
  const byKey = new Map<string, Map<string, number>>();
  for (const [node, ks] of keys) {
    if (!node.startsWith('a:')) continue;
    const owner = ownerOf.get(node);
    if (owner === undefined) continue;
    for (const [k, key] of new Map(ks.map(([x, y]) => [y, x] as const)).entries()) {
      if (key !== kind) continue;
      const m = byKey.get(k) ?? byKey.set(k, new Map()).get(k)!;
      m.set(owner.id, (m.get(owner.id) ?? 0) + 1);
    }
  }
  let n = 0;
  for (const m of byKey.values()) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    n += pairs(total) - [...m.values()].reduce((a, b) => a + pairs(b), 0);
  }
  return n;
}
const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const all = new Set<Kind>(KINDS);
const full = components(all);
const recall = accountPairsJoined(full) / truePairs;
const rows: Record<string, unknown>[] = [];
for (const k of KINDS) {
  const only = components(new Set([k]));
  const without = components(new Set(KINDS.filter((x) => x !== k)));
  rows.push({
    evidence: k,
    pairs_joined_by_it_alone: accountPairsJoined(only),
    pairs_joined_without_it: accountPairsJoined(without),
    leads_joined_without_it: leadsJoined(without),
    stranger_account_pairs_sharing_it: strangerPairs(k),
  });
}
const byCarefulness: Record<string, { accounts_pairs: number; joined: number }> = {};
for (const p of customers) {
  const key = p.buyer === null ? p.kind : `buyer-${p.buyer.carefulness}`;
  const sizes = new Map<string, number>();
  for (const a of p.accounts) {
    const c = full.get(acct(a.platform, a.handle))!;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  const e = (byCarefulness[key] ??= { accounts_pairs: 0, joined: 0 });
  e.accounts_pairs += pairs(p.accounts.length);
  e.joined += [...sizes.values()].reduce((s, n) => s + pairs(n), 0);
}
const leads = world.persons.filter((p) => p.isLead).length;
const leadsCeiling = leadsJoined(full);
console.log(
  JSON.stringify(
    {
      scale,
      seed,
      case: caseDir,
      persons_with_several_accounts: customers.length,
      true_account_pairs: truePairs,
      account_pairs_with_any_evidence_path: accountPairsJoined(full),
      pairwise_recall_ceiling: r4(recall),
      pairwise_f1_ceiling_at_precision_1: r4((2 * recall) / (1 + recall)),
      by_kind: rows,
      by_person_kind: byCarefulness,
      true_leads: leads,
      leads_with_an_account_joined_to_3_session_transfers: leadsCeiling,
      lead_recall_ceiling: r4(leadsCeiling / Math.max(1, leads)),
    },
    null,
    2,
  ),
);
