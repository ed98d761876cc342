import type { Evidence } from '../../core/analysis-types.ts';
import type { NetworkStatement, SellerNetwork } from '../../core/network-types.ts';
import { familyTransfer } from '../stages/person-view.ts';
import type { NetworkContext } from './network-context.ts';

const MAX_EVIDENCE = 12;
const bits = (n: number): number => +Math.log2(1 + n).toFixed(3);

/**
 * Why a network not marked seller looks like one, as seller-side indicators (indicators.md):
 * S1 money from many unrelated senders abroad, S2 based in the high-risk country, S3 serving many
 * customers in chat and sending them offers. Weights are bits, so the score ranks candidates.
 */
export function candidateReasons(
  n: Omit<SellerNetwork, 'candidate'>,
  ctx: NetworkContext,
): NetworkStatement[] {
  const { facts } = ctx;
  const reasons: NetworkStatement[] = [];
  const txIds = n.members.flatMap((m) => m.transaction_ids);
  const foreign = new Map<string, Evidence>();
  for (const id of txIds) {
    const t = facts.transactionById.get(id);
    if (t === undefined || familyTransfer(t)) continue;
    const payer = ctx.payerOf.get(id) ?? `sender:${t.sender_name ?? id}`;
    const from = ctx.persons.get(payer)?.country ?? t.sender_country;
    if (from !== null && from !== n.country && !foreign.has(payer))
      foreign.set(payer, { kind: 'transaction', id });
  }
  if (foreign.size > 0)
    reasons.push({
      indicator: 'S1',
      weight: bits(foreign.size),
      detail: `its collectors receive from ${foreign.size} unrelated sender(s) abroad (no shared family name)`,
      evidence: [...foreign.values()].slice(0, MAX_EVIDENCE),
    });
  if (n.country !== null && ctx.sellerCountries.has(n.country)) {
    const where = n.locations.filter((l) => l.country === n.country || l.lat !== null);
    reasons.push({
      indicator: 'S2',
      weight: 1,
      detail: `based in ${n.country}, a high-risk country for this case (${where
        .slice(0, 3)
        .map((l) => `${l.label}: ${l.source.replace('_', ' ')}`)
        .join('; ')})`,
      evidence: where.flatMap((l) => l.evidence.slice(0, 3)).slice(0, MAX_EVIDENCE),
    });
  }
  const accounts = n.accounts.map((a) => `${a.platform}:${a.handle}`);
  const partners = new Set(accounts.flatMap((a) => Object.keys(facts.profiles.get(a)?.partners ?? {})));
  if (partners.size > 0)
    reasons.push({
      indicator: 'S3',
      weight: +(bits(partners.size) / 2).toFixed(3),
      detail: `its accounts chat with ${partners.size} distinct accounts: they serve customers`,
      evidence: accounts.slice(0, MAX_EVIDENCE).map((a) => ({ kind: 'account' as const, id: a })),
    });
  let offers = 0;
  const examples: Evidence[] = [];
  for (const a of accounts) {
    const hit = facts.profiles.get(a)?.lexicon.offer;
    if (hit === undefined) continue;
    offers += hit.count;
    for (const m of hit.examples)
      if (examples.length < MAX_EVIDENCE) examples.push({ kind: 'message', id: m });
  }
  if (offers > 0)
    reasons.push({
      indicator: 'S3',
      weight: +Math.min(2, bits(offers) / 2).toFixed(3),
      detail: `its accounts sent ${offers} message(s) worded as offers to customers`,
      evidence: examples,
    });
  return reasons;
}
