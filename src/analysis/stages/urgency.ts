import type { Evidence, Reason } from '../../store/analysis.ts';
import { DAY, type AssessContext } from './assess-context.ts';
import type { PersonView } from './person-view.ts';

export const RECENT_DAYS = 90;
/** Travel counts as urgent when it was discussed, or the person was seen in the sellers' country, this recently. */
export const TRAVEL_DAYS = 365;

/**
 * Where the person was seen in the sellers' countries although they live elsewhere (B11's "IPs
 * from that country"): residential IP events placed there, and transfers sent from there. Empty
 * when the person's own country is one of the sellers' (nothing out of place) or unknown.
 */
export interface SeenInSellerCountry {
  readonly at: number;
  readonly country: string;
  readonly evidence: Evidence;
}

/** Signs of ongoing or imminent hands-on risk: travel to the sellers' country, recent or escalating payments. */
export function urgencyReasons(
  v: PersonView,
  paid: PersonView['transactions'],
  culpability: readonly Reason[],
  ctx: AssessContext,
  seen: readonly SeenInSellerCountry[] = [],
): Reason[] {
  const out: Reason[] = [];
  const travel = v.identifiers.filter(
    (r) =>
      r.type === 'travel' &&
      r.country !== null &&
      ctx.sellerCountries.has(r.country) &&
      r.sent_at > ctx.caseEnd - TRAVEL_DAYS * DAY,
  );
  const there = seen.filter((s) => s.at > ctx.caseEnd - TRAVEL_DAYS * DAY);
  if (travel.length > 0 || there.length > 0)
    out.push({
      indicator: 'U1_travel',
      axis: 'urgent',
      weight: 1,
      detail: [
        travel.length > 0
          ? `travel to ${[...new Set(travel.map((t) => t.country))].join(', ')} discussed in the last year`
          : '',
        there.length > 0
          ? `seen in ${[...new Set(there.map((t) => t.country))].join(', ')} in the last year (${there.length} IP events or transfers sent from there)`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
      evidence: [
        ...travel.map((t) => ({ kind: 'message' as const, id: t.message_id })),
        ...there.slice(0, 10).map((t) => t.evidence),
      ],
    });
  const recent = paid.filter((t) => t.sent_at > ctx.caseEnd - RECENT_DAYS * DAY);
  if (recent.length >= 4)
    out.push({
      indicator: 'U2_recent',
      axis: 'urgent',
      weight: 1,
      detail: `${recent.length} payments in the last ${RECENT_DAYS} days of the data`,
      evidence: recent.map((t) => ({ kind: 'transaction', id: t.transaction_id })),
    });
  const escalating = culpability.some((r) => r.indicator === 'B4');
  const last180 = paid.filter((t) => t.sent_at > ctx.caseEnd - 180 * DAY);
  if (escalating && last180.length >= 2)
    out.push({
      indicator: 'U3_escalation',
      axis: 'urgent',
      weight: 1,
      detail: `escalation continuing: ${last180.length} payments in the last 180 days`,
      evidence: last180.map((t) => ({ kind: 'transaction', id: t.transaction_id })),
    });
  return out;
}
