import type { PersonAnalysis } from '../store/analysis.ts';
import type { Store } from '../store/store.ts';
import { pairwise, prf, round, type PRF } from './metrics.ts';
import type { Truth } from './truth.ts';
import { evaluateNetworks, type NetworkEvalReport } from './network-metrics.ts';
import type { NetworkTruth } from './network-truth.ts';

export interface EvalReport {
  readonly leads: PRF & { predicted: number; actual: number; true_positives: number };
  readonly at_k: { k: number; precision: number; recall: number };
  readonly accounts_pairwise: PRF & { pairs_predicted: number; pairs_actual: number };
  readonly transfers_to_payer: { accuracy: number; transfers: number };
  readonly lead_country: { accuracy: number; leads_found: number };
  readonly urgent: {
    recall: number;
    urgent_true: number;
    recall_among_true_leads: number;
    urgent_true_leads: number;
  };
  readonly roles: { sellers_found: number; sellers_true: number };
  /** Seller networks against the planted ones, when the bundle's truth has them. */
  readonly networks?: NetworkEvalReport;
}

/** The truth person most of a predicted person's members belong to (accounts and transfers alike). */
function majority(p: PersonAnalysis, truth: Truth): string | null {
  const votes = new Map<string, number>();
  for (const a of p.accounts) {
    const t = truth.accounts.get(`${a.platform}:${a.handle}`);
    if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  for (const id of p.transactions) {
    const t = truth.transactions.get(id);
    if (t !== undefined) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (v > n) [best, n] = [k, v];
  return best;
}

/** Scores the case's analysis against a synthetic bundle's truth (issue 3). */
export async function evaluate(
  store: Store,
  truth: Truth,
  networkTruth: NetworkTruth | null = null,
): Promise<EvalReport> {
  const persons = await store.analysis.persons();
  const who = new Map<string, string | null>(persons.map((p) => [p.person_id, majority(p, truth)]));
  const whoOf = (id: string): string | null => who.get(id) ?? null;
  const trueLeads = new Set([...truth.persons].filter(([, t]) => t.isLead).map(([id]) => id));

  const predictedLeads = persons.filter((p) => p.lead);
  const hit = new Set(
    predictedLeads.map((p) => whoOf(p.person_id)).filter((t): t is string => t !== null && trueLeads.has(t)),
  );
  const leads = {
    ...prf(hit.size, predictedLeads.length, trueLeads.size),
    predicted: predictedLeads.length,
    actual: trueLeads.size,
    true_positives: hit.size,
  };

  const k = trueLeads.size;
  const ranked = persons
    .filter((p) => p.rank !== null)
    .sort((a, b) => a.rank! - b.rank!)
    .slice(0, k);
  const hitK = new Set(
    ranked.map((p) => whoOf(p.person_id)).filter((t): t is string => t !== null && trueLeads.has(t)),
  );
  const at_k = {
    k,
    precision: round(k === 0 ? 0 : hitK.size / k),
    recall: round(k === 0 ? 0 : hitK.size / k),
  };

  const predictedOf = new Map<string, string>();
  for (const p of persons)
    for (const a of p.accounts) predictedOf.set(`${a.platform}:${a.handle}`, p.person_id);
  const accounts_pairwise = pairwise(predictedOf, truth.accounts);

  let right = 0;
  let total = 0;
  for (const p of persons)
    for (const id of p.transactions) {
      const t = truth.transactions.get(id);
      if (t === undefined) continue;
      total++;
      if (who.get(p.person_id) === t) right++;
    }
  const transfers_to_payer = { accuracy: round(total === 0 ? 0 : right / total), transfers: total };

  const found = predictedLeads.filter((p) => hit.has(who.get(p.person_id) ?? ''));
  const byTruth = new Map<string, PersonAnalysis>();
  for (const p of found) byTruth.set(who.get(p.person_id)!, byTruth.get(who.get(p.person_id)!) ?? p);
  const countryRight = [...byTruth].filter(([t, p]) => truth.persons.get(t)?.country === p.country).length;
  const lead_country = {
    accuracy: round(byTruth.size === 0 ? 0 : countryRight / byTruth.size),
    leads_found: byTruth.size,
  };

  const urgentTrue = [...truth.persons].filter(([, t]) => t.urgent).map(([id]) => id);
  const urgentFound = new Set(
    persons
      .filter((p) => p.urgent)
      .map((p) => whoOf(p.person_id))
      .filter((t): t is string => t !== null),
  );
  const urgentLeads = urgentTrue.filter((id) => trueLeads.has(id));
  const urgent = {
    recall: round(
      urgentTrue.length === 0 ? 1 : urgentTrue.filter((id) => urgentFound.has(id)).length / urgentTrue.length,
    ),
    urgent_true: urgentTrue.length,
    recall_among_true_leads: round(
      urgentLeads.length === 0
        ? 1
        : urgentLeads.filter((id) => urgentFound.has(id)).length / urgentLeads.length,
    ),
    urgent_true_leads: urgentLeads.length,
  };

  const sellersTrue = new Set([...truth.persons].filter(([, t]) => t.role === 'seller').map(([id]) => id));
  const sellersFound = new Set(
    persons
      .filter((p) => p.role === 'seller')
      .map((p) => whoOf(p.person_id))
      .filter((t): t is string => t !== null && sellersTrue.has(t)),
  );
  return {
    leads,
    at_k,
    accounts_pairwise,
    transfers_to_payer,
    lead_country,
    urgent,
    roles: { sellers_found: sellersFound.size, sellers_true: sellersTrue.size },
    ...(networkTruth === null ? {} : { networks: await evaluateNetworks(store, networkTruth) }),
  };
}
