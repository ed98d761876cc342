import type { PersonAnalysis } from '../store/analysis.ts';

/** A lead as `vigil leads --json` prints it (shared/spec/cli.md), plus the two axes of its score. */
export function leadJson(p: PersonAnalysis): Record<string, unknown> {
  return {
    rank: p.rank,
    person_id: p.person_id,
    lead: p.lead,
    score: p.score,
    culpability: p.culpability,
    actionability: p.actionability,
    urgent: p.urgent,
    country: p.country,
    country_confidence: p.country_confidence,
    country_candidates: p.country_candidates,
    names: p.names,
    accounts: p.accounts,
    transactions: p.transactions,
    reasons: p.reasons.map((r) => ({
      indicator: r.indicator,
      axis: r.axis,
      weight: r.weight,
      detail: r.detail,
      evidence: r.evidence,
    })),
  };
}

export function personJson(p: PersonAnalysis): Record<string, unknown> {
  return {
    person_id: p.person_id,
    role: p.role,
    country: p.country,
    names: p.names,
    accounts: p.accounts,
    transactions: p.transactions,
  };
}
