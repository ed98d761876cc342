/**
 * Network membership errors, for tuning the networks stage against a synthetic world's truth:
 * `npx tsx bench/network-errors.ts --case DIR --world DIR [--list N]`.
 *
 * Reads the case's latest network snapshot and the world's truth/, scores membership the way
 * `vigil eval` does (each truth person goes to the network whose member carries most of their
 * accounts or transfers), then says where the false-positive pairs come from (strays and members
 * put in the wrong network, by their planted kind and the rule that attached them) and where the
 * false-negative pairs come from (planted members missing or misplaced, by kind and by what
 * happened to their accounts and transfers). Truth is read here only, never by the analysis.
 */
import type { SellerNetwork } from '../src/core/network-types.ts';
import { scoreNetworks } from '../src/eval/network-metrics.ts';
import type { PersonAnalysis } from '../src/core/analysis-types.ts';
import { pathToFileURL } from 'node:url';
import { readNetworkTruth } from '../src/eval/network-truth.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { readTruth } from '../src/synth/read-truth.ts';
import { arg } from './bench-args.ts';

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
const caseDir = arg('case', '');
const world = arg('world', '');
const listN = Number(arg('list', '15'));
if (isMain && (caseDir === '' || world === '')) {
  console.error('usage: network-errors.ts --case DIR --world DIR [--list N]');
  process.exit(2);
}

if (isMain) {
  const store = SqliteStore.open(caseDir);
  const networks = await store.networks.all();
  const persons = await store.analysis.persons();
  await store.close();
  networkErrors(networks, persons, world, listN);
}

/** Prints the membership score and where its false-positive and false-negative pairs come from. */
export function networkErrors(
  networks: readonly SellerNetwork[],
  persons: readonly PersonAnalysis[],
  world: string,
  listN: number,
): void {
  const truth = readTruth(world);
  const nTruth = readNetworkTruth(world)!;
  const personKind = new Map(truth.persons.map((p) => [p.person_id, p.kind]));
  const memberRole = new Map(truth.network_members.map((m) => [m.person_id, m.role]));
  const kindOf = (id: string): string => memberRole.get(id) ?? personKind.get(id) ?? '?';
  const received = new Map<string, { session: number; other: number; ids: string[] }>();
  for (const t of truth.transactions) {
    const r =
      received.get(t.receiver_person_id) ??
      received.set(t.receiver_person_id, { session: 0, other: 0, ids: [] }).get(t.receiver_person_id)!;
    if (t.purpose === 'session') r.session++;
    else r.other++;
    r.ids.push(t.transaction_id);
  }
  const accountsOf = new Map<string, string[]>();
  for (const a of truth.accounts) {
    const k = `${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`;
    (accountsOf.get(a.person_id) ?? accountsOf.set(a.person_id, []).get(a.person_id)!).push(k);
  }

  const report = scoreNetworks(networks, nTruth);
  type Member = SellerNetwork['members'][number];
  /** Every truth person a member's accounts and transfers belong to, most first. */
  function truthVotes(m: Member): [string, number][] {
    const votes = new Map<string, number>();
    for (const a of m.accounts) {
      const t = nTruth.accounts.get(`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`);
      if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
    for (const id of m.transaction_ids) {
      const t = nTruth.receiverOf.get(id);
      if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
    return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
  const viaOf = (m: Member): string => {
    if (m.role === 'seller') return m.why.includes('marked seller') ? 'seller:marked' : 'seller:unmarked';
    if (m.why.includes('chat and payment ties')) return 'receiver:ties';
    if (m.why.includes("payers' transfers")) return 'receiver:co-payers';
    if (m.why.includes('family name and pickup town')) return 'receiver:household';
    if (m.why.includes('no known network claims')) return 'receiver:alone';
    if (m.why.includes('gave out its phone or name')) return 'receiver:given-out';
    return `receiver:?`;
  };

  // the same assignment as evaluateNetworks: each truth person to the member with most evidence
  const best = new Map<string, { network: string; votes: number; member: Member; merged: number }>();
  const holders = new Map<string, { network: string; member: Member; votes: number; top: string }[]>();
  for (const n of networks)
    for (const m of n.members) {
      if (m.role === 'account') continue;
      const votes = truthVotes(m);
      if (votes.length === 0) continue;
      const [id, v] = votes[0]!;
      const cur = best.get(id);
      if (cur === undefined || v > cur.votes)
        best.set(id, { network: n.network_id, votes: v, member: m, merged: votes.length - 1 });
      for (const [other, ov] of votes)
        (holders.get(other) ?? holders.set(other, []).get(other)!).push({
          network: n.network_id,
          member: m,
          votes: ov,
          top: id,
        });
    }
  const items = new Set([...nTruth.memberOf.keys(), ...best.keys()]);
  const predicted = (id: string): string => best.get(id)?.network ?? `missing:${id}`;
  const actual = (id: string): string => nTruth.memberOf.get(id) ?? `not-a-member:${id}`;

  const tally = (m: Map<string, { n: number; pairs: number }>, key: string, pairs: number): void => {
    const e = m.get(key) ?? m.set(key, { n: 0, pairs: 0 }).get(key)!;
    e.n++;
    e.pairs += pairs;
  };
  const show = (title: string, m: Map<string, { n: number; pairs: number }>): void => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1].pairs - a[1].pairs))
      console.log(
        `  ${k.padEnd(58)} ${String(v.n).padStart(4)} persons ${String(v.pairs).padStart(6)} pairs`,
      );
  };

  // false positives: in each predicted network, whoever is not of its majority planted network
  const byPredicted = new Map<string, string[]>();
  for (const id of items)
    if (best.has(id))
      (byPredicted.get(predicted(id)) ?? byPredicted.set(predicted(id), []).get(predicted(id))!).push(id);
  const fp = new Map<string, { n: number; pairs: number }>();
  const fpList: string[] = [];
  for (const [net, ids] of byPredicted) {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(actual(id), (counts.get(actual(id)) ?? 0) + 1);
    const major = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    for (const id of ids) {
      if (actual(id) === major) continue;
      const pairs = ids.length - counts.get(actual(id))!;
      const b = best.get(id)!;
      const what = actual(id).startsWith('not-a-member') ? 'stray' : 'other-network';
      tally(fp, `${what} ${kindOf(id)} via ${viaOf(b.member)}`, pairs);
      fpList.push(
        `${net} ${what} ${id} (${kindOf(id)}, truth ${actual(id)}) via ${viaOf(b.member)} ${b.member.member_id} names=${b.member.names.slice(0, 2).join('/')} tx=${b.member.transfers} merged=${b.merged}`,
      );
    }
  }

  // false negatives: each planted network's members outside its majority predicted network
  const byActual = new Map<string, string[]>();
  for (const [id, net] of nTruth.memberOf) (byActual.get(net) ?? byActual.set(net, []).get(net)!).push(id);
  const fn = new Map<string, { n: number; pairs: number }>();
  const fnList: string[] = [];
  const sellerPersonOf = new Map<string, { role: string; person: string }>();
  for (const p of persons)
    for (const a of p.accounts)
      sellerPersonOf.set(`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`, {
        role: p.role,
        person: p.person_id,
      });
  for (const [net, ids] of byActual) {
    const counts = new Map<string, number>();
    for (const id of ids) if (best.has(id)) counts.set(predicted(id), (counts.get(predicted(id)) ?? 0) + 1);
    const home = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const id of ids) {
      if (home !== undefined && predicted(id) === home) continue;
      const own = best.has(id) ? counts.get(predicted(id))! : 1;
      const pairs = ids.length - own;
      let why: string;
      const b = best.get(id);
      if (b !== undefined) why = `in another network via ${viaOf(b.member)}`;
      else {
        const accs = accountsOf.get(id) ?? [];
        const rx = received.get(id);
        const held = holders.get(id) ?? [];
        if (held.length > 0)
          why = `merged into a member of ${held[0]!.top === id ? '?' : kindOf(held[0]!.top)}`;
        else if (accs.length > 0) {
          const roles = new Set(accs.map((a) => sellerPersonOf.get(a)?.role ?? 'no-person'));
          why = `accounts, assessed ${[...roles].sort().join('+')}`;
          if (rx !== undefined && rx.session > 0) why += ', transfers unclaimed';
        } else if (rx === undefined) why = 'unobservable (no accounts, no transfers)';
        else why = rx.session === 0 ? 'only family/partner transfers, unclaimed' : 'transfers unclaimed';
      }
      tally(fn, `${kindOf(id)}: ${why}`, pairs);
      const rx = received.get(id);
      fnList.push(
        `${net} ${id} (${kindOf(id)}) ${why}; session=${rx?.session ?? 0} other=${rx?.other ?? 0} accounts=${(accountsOf.get(id) ?? []).length}${b ? ` predicted ${b.network}` : ''}`,
      );
    }
  }

  // members in their planted network's majority predicted network, by the rule that put them there
  const right = new Map<string, { n: number; pairs: number }>();
  for (const [, ids] of byActual) {
    const counts = new Map<string, number>();
    for (const id of ids) if (best.has(id)) counts.set(predicted(id), (counts.get(predicted(id)) ?? 0) + 1);
    const home = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const id of ids)
      if (home !== undefined && predicted(id) === home)
        tally(right, `${kindOf(id)} via ${viaOf(best.get(id)!.member)}`, counts.get(home)! - 1);
  }

  const mp = report.membership_pairwise;
  console.log(
    `membership P/R/F1 ${mp.precision}/${mp.recall}/${mp.f1} pairs predicted ${mp.pairs_predicted} actual ${mp.pairs_actual}; members planted ${report.members.planted} found ${report.members.found} strays ${report.members.strays}; networks ${report.networks.recovered}/${report.networks.planted} recovered, ${report.networks.predicted} predicted`,
  );
  console.log(
    `unknown: ${report.unknown.map((u) => `${u.network} rank ${u.rank} (${u.members_found}/${u.members})`).join(', ')}; candidates ${report.candidates}`,
  );
  const fpPairs = mp.pairs_predicted - Math.round(mp.precision * mp.pairs_predicted);
  console.log(
    `false-positive pairs ≈ ${fpPairs}; false-negative pairs ≈ ${mp.pairs_actual - Math.round(mp.recall * mp.pairs_actual)}`,
  );
  show(
    'Right (planted members in their network’s majority), by kind and rule (pairs: with the others there):',
    right,
  );
  show('False positives (persons not of their predicted network’s majority), by kind and rule:', fp);
  show('False negatives (planted members outside their network’s majority), by kind and reason:', fn);
  console.log(`\nFirst ${listN} false positives:`);
  for (const l of fpList.slice(0, listN)) console.log(`  ${l}`);
  console.log(`\nFirst ${listN} false negatives:`);
  for (const l of fnList.slice(0, listN)) console.log(`  ${l}`);
}
