/**
 * The truth's verdicts, computed from what was actually planted (never drawn independently):
 * a lead is a buyer with evidence of paying (at least LEAD_MIN_PAYMENTS session payments, at
 * least one of them tied to the buyer's own account by a quoted reference or a "sent" message
 * minutes after it) and an identity trail (own name on a transfer, own e-mail or phone on a
 * subscriber record or disclosed in chat, or a phone-number handle). Urgent: an upcoming trip
 * to the Philippines or one in the last year, escalation still going on in the last six months,
 * or frequent payments in the last 90 days.
 */
import { WORLD_END } from './scale.ts';
import type { Conversation, Person, Transfer } from './world-types.ts';

export const LEAD_MIN_PAYMENTS = 3;
export const RECENT_DAYS = 90;
export const RECENT_MIN_PAYMENTS = 4;
const DAY = 86_400_000;

export function judge(person: Person, transfers: readonly Transfer[], convs: readonly Conversation[]): void {
  if (person.kind !== 'buyer') return;
  const sessions = transfers.filter((t) => t.payer === person && t.purpose === 'session');
  const linked = sessions.some((t) => t.quoted || t.sentMessage);
  const ownName = sessions.some((t) => t.named === person);
  const subscriberTrail = person.accounts.some(
    (a) => a.subscriber && (a.emails.includes(person.email) || (a.phones.length > 0 && !a.virtualNumber)),
  );
  const chatTrail = convs.some((c) => c.disclose.email || c.disclose.phone || c.disclose.name);
  const phoneHandle = person.accounts.some(
    (a) => (a.platform === 'whatsapp' || a.platform === 'viber') && !a.virtualNumber,
  );
  person.isLead =
    sessions.length >= LEAD_MIN_PAYMENTS &&
    linked &&
    (ownName || subscriberTrail || chatTrail || phoneHandle);
  const reasons: string[] = [];
  if (person.trips.some((t) => t.country === 'PH' && (t.upcoming || t.from > WORLD_END - 365 * DAY)))
    reasons.push('travel');
  const last180 = sessions.filter((t) => t.sentAt > WORLD_END - 180 * DAY);
  if (person.buyer?.escalates === true && last180.length >= 2) reasons.push('escalation');
  if (sessions.filter((t) => t.sentAt > WORLD_END - RECENT_DAYS * DAY).length >= RECENT_MIN_PAYMENTS)
    reasons.push('recent');
  person.urgentReasons = reasons;
}
