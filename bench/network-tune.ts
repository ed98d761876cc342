/**
 * Fast iteration on the networks stage: `npx tsx bench/network-tune.ts --case DIR --world DIR
 * [--cache FILE] [--votes NAME]`. Reads what the stage reads from an analysed case once (cached
 * with v8 serialisation in FILE, so later runs skip the minute of loading), runs findNetworks in
 * memory and scores it against the world's truth (nothing is written to the case). `--votes NAME`
 * prints the per-seller votes of the collectors whose name contains NAME.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { openIpCountryDb } from '../src/analysis/jurisdiction/ip-country.ts';
import { findNetworks, voteInputs, type FindInputs } from '../src/analysis/networks/find-networks.ts';
import { receiverEntities } from '../src/analysis/networks/receiver-entities.ts';
import { receiverVotes } from '../src/analysis/networks/receiver-votes.ts';
import { networkErrors } from './network-errors.ts';
import { networkInputs } from '../src/analysis/stages/networks.stage.ts';
import { readNetworkTruth } from '../src/eval/network-truth.ts';
import { scoreNetworks } from '../src/eval/network-metrics.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { arg } from './bench-args.ts';

const caseDir = arg('case', '');
const world = arg('world', '');
const cache = arg('cache', '');
if (caseDir === '' || world === '') {
  console.error('usage: network-tune.ts --case DIR --world DIR [--cache FILE] [--votes NAME]');
  process.exit(2);
}

let inputs: FindInputs;
const t0 = performance.now();
if (cache !== '' && existsSync(cache)) {
  const raw = deserialize(readFileSync(cache)) as Omit<FindInputs, 'ctx'> & {
    ctx: Omit<FindInputs['ctx'], 'ipCountry'>;
  };
  const ipDb = openIpCountryDb();
  const memo = new Map<string, string | null>();
  inputs = {
    ...raw,
    ctx: {
      ...raw.ctx,
      ipCountry: (ip) => {
        if (!memo.has(ip)) memo.set(ip, ipDb.lookup(ip));
        return memo.get(ip)!;
      },
    },
  };
} else {
  const store = SqliteStore.open(caseDir);
  inputs = await networkInputs(store);
  await store.close();
  if (cache !== '') {
    const { ipCountry: _drop, ...ctx } = inputs.ctx;
    writeFileSync(cache, serialize({ ...inputs, ctx }));
  }
}
const t1 = performance.now();
const networks = findNetworks(inputs);
const t2 = performance.now();
const r = scoreNetworks(networks, readNetworkTruth(world)!);
const mp = r.membership_pairwise;
console.log(
  `load ${((t1 - t0) / 1000).toFixed(1)} s, find ${((t2 - t1) / 1000).toFixed(1)} s; membership P/R/F1 ${mp.precision}/${mp.recall}/${mp.f1} (pairs ${mp.pairs_predicted} predicted, ${mp.pairs_actual} actual); members ${r.members.found}/${r.members.planted} found, ${r.members.strays} strays; networks ${r.networks.recovered}/${r.networks.planted} recovered, ${r.networks.predicted} predicted, ${r.candidates} candidates; unknown ${r.unknown.map((u) => `${u.network} rank ${u.rank} (${u.members_found}/${u.members})`).join(', ')}`,
);
const explain = Number(arg('explain', '-1'));
if (explain >= 0) networkErrors(networks, [...inputs.ctx.persons.values()], world, explain);
const votesFor = arg('votes', '').toLowerCase();
if (votesFor !== '') {
  const vi = voteInputs(inputs, inputs.sellers);
  const { entities } = receiverEntities(inputs.ctx.facts.transactions);
  for (const e of entities) {
    if (!e.names.some((n) => n.toLowerCase().includes(votesFor))) continue;
    console.log(
      `${e.id} ${e.names.slice(0, 3).join('/')} keys=${e.keys.join(',')} tx=${e.transactions.length}`,
    );
    for (const [seller, v] of receiverVotes(e, vi))
      console.log(
        `  ${seller} weight ${v.weight.toFixed(2)} payers ${[...v.payers].join(',')} exclusive ${[...v.exclusive].slice(0, 6).join(',')}`,
      );
    const per = new Map<string, { tx: number; ties: Map<string, number>; partners: string }>();
    for (const t of e.transactions) {
      const payer = vi.payerOf.get(t.transaction_id) ?? 'none';
      const row =
        per.get(payer) ??
        per
          .set(payer, {
            tx: 0,
            ties: new Map(),
            partners: [...vi.sellerPartners(payer)].map(([s, n]) => `${s}:${n}`).join(' '),
          })
          .get(payer)!;
      row.tx++;
      const tie = vi.tiedSellerAccount.get(t.transaction_id);
      if (tie !== undefined) row.ties.set(tie.account, (row.ties.get(tie.account) ?? 0) + 1);
    }
    for (const [payer, row] of per)
      console.log(
        `    payer ${payer} (${inputs.ctx.persons.get(payer)?.role ?? '-'}) tx ${row.tx} ties ${[...row.ties].map(([a, n]) => `${a}x${n}`).join(' ')} chats ${row.partners}`,
      );
  }
}
