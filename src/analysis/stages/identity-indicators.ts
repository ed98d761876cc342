import type { Evidence, Reason } from '../../store/analysis.ts';
import type { IpClass } from '../jurisdiction/ip-class.ts';
import type { PersonView } from './person-view.ts';

/** Actionability points, set by hand (docs/analysis.md): what lets an authority identify the person. */
export const IDENTITY_WEIGHTS = {
  A1_name_on_transfer: 2.0,
  A2_dob_or_address: 1.0,
  A3_registered_contact: 2.0,
  A4_contact_in_chat: 1.5,
  A5_phone_number_handle: 1.5,
  A6_home_ip: 1.0,
  B12_anonymity: -1.0,
} as const;

const PHONE_HANDLE_PLATFORMS = new Set(['whatsapp', 'viber']);

/** Identity trail: the reasons an authority could put a name to this person, and what hides them. */
export function identityIndicators(v: PersonView, ipClass: (ip: string) => IpClass['kind']): Reason[] {
  const out: Reason[] = [];
  const add = (indicator: keyof typeof IDENTITY_WEIGHTS, detail: string, evidence: Evidence[]): void => {
    out.push({
      indicator,
      axis: 'actionability',
      weight: IDENTITY_WEIGHTS[indicator],
      detail,
      evidence: evidence.slice(0, 20),
    });
  };
  const named = v.transactions.filter((t) => t.sender_name);
  if (named.length > 0)
    add(
      'A1_name_on_transfer',
      `sender name on ${named.length} transfers: ${[...new Set(named.map((t) => t.sender_name))].slice(0, 3).join('; ')}`,
      named.map((t) => ({ kind: 'transaction', id: t.transaction_id })),
    );
  const detailed = v.transactions.filter((t) => t.sender_dob || t.sender_address);
  if (detailed.length > 0)
    add(
      'A2_dob_or_address',
      `date of birth or address on ${detailed.length} transfers`,
      detailed.map((t) => ({ kind: 'transaction', id: t.transaction_id })),
    );
  const registered = v.subscribers.filter((s) => s.emails.length > 0 || s.phones.length > 0);
  if (registered.length > 0)
    add(
      'A3_registered_contact',
      `registered e-mail or phone on ${registered.length} subscriber records`,
      registered.map((s) => ({ kind: 'account', id: s.account })),
    );
  const disclosed = v.identifiers.filter((r) => r.type === 'email' || r.type === 'phone');
  if (disclosed.length > 0)
    add(
      'A4_contact_in_chat',
      `gave ${[...new Set(disclosed.map((d) => d.value))].slice(0, 3).join(', ')} in chat`,
      disclosed.map((d) => ({ kind: 'message', id: d.message_id })),
    );
  const phoneHandles = v.accounts.filter((a) => PHONE_HANDLE_PLATFORMS.has(a.slice(0, a.indexOf(':'))));
  if (phoneHandles.length > 0)
    add(
      'A5_phone_number_handle',
      `accounts on phone-number platforms: ${phoneHandles.join(', ')}`,
      phoneHandles.map((a) => ({ kind: 'account', id: a })),
    );
  const classes = v.ipEvents.map((e) => [e, ipClass(e.ip)] as const);
  const home = classes.filter(([, k]) => k === 'residential');
  if (home.length > 0)
    add(
      'A6_home_ip',
      `${home.length} logins from residential addresses with times${home.some(([e]) => e.port !== null) ? ' and source ports' : ''}`,
      home.map(([e]) => ({ kind: 'ip_event', id: e.id })),
    );
  const hidden = classes.filter(([, k]) => k === 'hosting' || k === 'tor');
  const crypto = v.identifiers.filter((r) => r.type === 'crypto');
  if (hidden.length > 0 || crypto.length > 0)
    add(
      'B12_anonymity',
      `${hidden.length} logins through hosting/VPN/Tor${crypto.length > 0 ? `, ${crypto.length} crypto addresses` : ''}`,
      [
        ...hidden.map(([e]) => ({ kind: 'ip_event' as const, id: e.id })),
        ...crypto.map((c) => ({ kind: 'message' as const, id: c.message_id })),
      ],
    );
  return out;
}

/** True when the person has a trail an authority can follow (a name, a contact or a phone-number account). */
export function hasIdentityTrail(reasons: readonly Reason[]): boolean {
  return reasons.some((r) =>
    ['A1_name_on_transfer', 'A3_registered_contact', 'A4_contact_in_chat', 'A5_phone_number_handle'].includes(
      r.indicator,
    ),
  );
}
