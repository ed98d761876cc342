/**
 * How right are the chat ties between accounts and transfers? `npx tsx bench/tie-diagnosis.ts
 * --case DIR --world BUNDLE`: reads an analysed case's features (the identifiers, no later stage
 * needed), computes the payment ties the linkage and assessment use, and checks each against the
 * world's truth (a tie is right when the account's person is the one whose money the transfer
 * is). Counts by how the tie was made, by the transfer's true purpose, by the claim's distance
 * after the transfer, and lists what the wrong ones were. Truth is read here only.
 */
import { join } from 'node:path';
import { loadCaseFacts } from '../src/analysis/stages/case-facts.ts';
import { hintedSellers, hubAccounts } from '../src/analysis/stages/hubs.ts';
import { paymentTies } from '../src/analysis/stages/payment-claims.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { readTruth } from '../src/synth/read-truth.ts';

const args = process.argv.slice(2);
const arg = (name: string): string => {
  const i = args.indexOf(`--${name}`);
  if (i < 0 || args[i + 1] === undefined) throw new Error(`--${name} is required`);
  return args[i + 1]!;
};
const store = SqliteStore.open(arg('case'));
const facts = await loadCaseFacts(store);
await store.close();
const truth = readTruth(arg('world'));
const personOfAccount = new Map(
  truth.accounts.map((a) => [`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`, a.person_id]),
);
const txTruth = new Map(truth.transactions.map((t) => [t.transaction_id, t]));
const kindOf = new Map(truth.persons.map((p) => [p.person_id, p.kind]));

const exclude = new Set([...hintedSellers(facts), ...hubAccounts(facts)]);
const windowMin = Number(args[args.indexOf('--window') + 1] ?? 30);
const ties = paymentTies(facts, exclude, args.includes('--window') ? windowMin * 60_000 : undefined);
// observable: claim − transfer gaps of every claim against every transfer within an hour either
// side, in 5-minute bins; claims before a transfer (negative gaps) show the coincidence rate
const txTimes = [...facts.transactions].map((t) => t.sent_at).sort((a, b) => a - b);
const gapBins = new Map<number, { all: number; right: number }>();
for (const [account, rows] of facts.identifiers) {
  if (exclude.has(account)) continue;
  for (const r of rows) {
    if (r.type !== 'payment_claim') continue;
    let lo = 0;
    let hi = txTimes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (txTimes[mid]! < r.sent_at - 3_600_000) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < txTimes.length && txTimes[i]! <= r.sent_at + 3_600_000; i++) {
      const bin = Math.floor((r.sent_at - txTimes[i]!) / 300_000) * 5;
      const c = gapBins.get(bin) ?? gapBins.set(bin, { all: 0, right: 0 }).get(bin)!;
      c.all++;
    }
  }
}
const table = new Map<string, { right: number; wrong: number }>();
const count = (key: string, right: boolean): void => {
  const c = table.get(key) ?? table.set(key, { right: 0, wrong: 0 }).get(key)!;
  if (right) c.right++;
  else c.wrong++;
};
const sentAtOf = new Map<string, number>();
for (const rows of facts.identifiers.values()) for (const r of rows) sentAtOf.set(r.message_id, r.sent_at);
const wrongKinds = new Map<string, number>();
for (const t of ties) {
  const tt = txTruth.get(t.transaction_id);
  const who = personOfAccount.get(t.account);
  const right = tt !== undefined && who === tt.sender_person_id;
  count(`how=${t.how}`, right);
  count(`how=${t.how} purpose=${tt?.purpose ?? '?'}`, right);
  if (t.how === 'claimed') {
    const gap =
      ((sentAtOf.get(t.message_id) ?? 0) - facts.transactionById.get(t.transaction_id)!.sent_at) / 60_000;
    count(`claimed gap ${gap < 13 ? '<13' : '13-30'} min`, right);
  }
  if (!right) {
    const k = `${t.how}: ${kindOf.get(who ?? '') ?? '?'} account tied to a ${tt?.purpose ?? '?'} transfer of a ${kindOf.get(tt?.sender_person_id ?? '') ?? '?'}`;
    wrongKinds.set(k, (wrongKinds.get(k) ?? 0) + 1);
  }
}
// what the truth says is recoverable: transfers with a reference or timing message in chat
const tiedIds = new Set(ties.filter((t) => t.how === 'claimed').map((t) => t.transaction_id));
const timing = truth.transactions.filter((t) => t.chat_link === 'timing');
console.log(
  JSON.stringify(
    {
      case: arg('case'),
      world: join(arg('world')),
      ties: ties.length,
      claim_minus_transfer_minutes: Object.fromEntries(
        [...gapBins].sort((a, b) => a[0] - b[0]).map(([b, c]) => [b, c.all]),
      ),
      by: Object.fromEntries([...table].sort()),
      wrong: Object.fromEntries([...wrongKinds].sort((a, b) => b[1] - a[1])),
      timing_truth: {
        transfers: timing.length,
        tied_by_claim: timing.filter((t) => tiedIds.has(t.transaction_id)).length,
        session: timing.filter((t) => t.purpose === 'session').length,
        session_tied: timing.filter((t) => t.purpose === 'session' && tiedIds.has(t.transaction_id)).length,
      },
    },
    null,
    2,
  ),
);
