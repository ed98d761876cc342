import type { Reason } from '../../store/analysis.ts';
import { DAY, type AssessContext } from './assess-context.ts';
import type { PersonView } from './person-view.ts';

export const RECENT_DAYS = 90;

/** Signs of ongoing or imminent hands-on risk: travel to the sellers' country, recent or escalating payments. */
export function urgencyReasons(
  v: PersonView,
  paid: PersonView['transactions'],
  culpability: readonly Reason[],
  ctx: AssessContext,
): Reason[] {
  const out: Reason[] = [];
  const travel = v.identifiers.filter(
    (r) =>
      r.type === 'travel' &&
      r.country !== null &&
      ctx.sellerCountries.has(r.country) &&
      r.sent_at > ctx.caseEnd - 365 * DAY,
  );
  if (travel.length > 0)
    out.push({
      indicator: 'U1_travel',
      axis: 'urgent',
      weight: 1,
      detail: `travel to ${[...new Set(travel.map((t) => t.country))].join(', ')} discussed in the last year`,
      evidence: travel.map((t) => ({ kind: 'message', id: t.message_id })),
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
