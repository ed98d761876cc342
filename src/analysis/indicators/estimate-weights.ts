import { DEFAULT_WEIGHTS } from './default-weights.ts';
import type { IndicatorId, IndicatorWeights } from './indicator.ts';

export interface LabelledPerson {
  /** Indicators that fired for the person. */
  readonly indicators: ReadonlySet<IndicatorId>;
  /** Known outcome: a confirmed lead (investigator decision or synthetic truth). */
  readonly isLead: boolean;
}

/**
 * Log-likelihood ratios (bits) of each buyer indicator's presence among known leads vs the rest,
 * with add-half smoothing, capped to [0, cap]; indicators seen fewer than `minSupport` times keep
 * their hand-set weight. Returns a full weight table marking which weights were estimated.
 */
export function estimateIndicatorWeights(
  people: readonly LabelledPerson[],
  base: IndicatorWeights = DEFAULT_WEIGHTS,
  cap = 6,
  minSupport = 10,
): IndicatorWeights {
  const leads = people.filter((p) => p.isLead);
  const rest = people.filter((p) => !p.isLead);
  const out = { ...base } as Record<IndicatorId, IndicatorWeights[IndicatorId]>;
  for (const id of Object.keys(base) as IndicatorId[]) {
    if (!id.startsWith('B')) continue;
    const inLeads = leads.filter((p) => p.indicators.has(id)).length;
    const inRest = rest.filter((p) => p.indicators.has(id)).length;
    if (inLeads + inRest < minSupport || !leads.length || !rest.length) continue;
    const llr = Math.log2((inLeads + 0.5) / (leads.length + 1) / ((inRest + 0.5) / (rest.length + 1)));
    out[id] = {
      weight: Math.round(Math.max(0, Math.min(cap, llr)) * 100) / 100,
      source: 'estimated',
      note: `log2 LR of presence: ${inLeads}/${leads.length} leads vs ${inRest}/${rest.length} others`,
    };
  }
  return out;
}
