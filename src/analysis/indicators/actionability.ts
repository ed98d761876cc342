import { evidence, type Evidence, type IndicatorWeights, type Reason } from './indicator.ts';
import type { PersonData } from './person-data.ts';

const round = (x: number) => Math.round(x * 100) / 100;
const DISCLOSED = new Set(['phone', 'email', 'handle', 'iban']);

/** The identity trail a national authority could act on (A1–A7), each with its records. */
export function actionabilityReasons(p: PersonData, w: IndicatorWeights): Reason[] {
  const out: Reason[] = [];
  const named = p.transfers.filter((t) => t.senderName);
  if (named.length) {
    const full = named.filter((t) => t.senderDob || t.senderAddress);
    out.push({
      indicator: 'A1',
      weight: round(w.A1.weight + (full.length ? 1 : 0)),
      detail: `sender name on ${named.length} transfer(s)${full.length ? `, with date of birth or address on ${full.length}` : ''}`,
      evidence: evidence(
        'transaction',
        (full.length ? full : named).map((t) => t.id),
      ),
    });
  }
  const phones = p.accounts.filter((a) => a.phones.length);
  if (phones.length)
    out.push({
      indicator: 'A2',
      weight: w.A2.weight,
      detail: `registered phone on ${phones.map((a) => `${a.platform}:${a.handle}`).join(', ')}`,
      evidence: evidence(
        'account',
        phones.map((a) => `${a.platform}:${a.handle}`),
      ),
    });
  const mails = p.accounts.filter((a) => a.emails.length);
  if (mails.length)
    out.push({
      indicator: 'A3',
      weight: w.A3.weight,
      detail: `registered e-mail on ${mails.map((a) => `${a.platform}:${a.handle}`).join(', ')}`,
      evidence: evidence(
        'account',
        mails.map((a) => `${a.platform}:${a.handle}`),
      ),
    });
  const ips = p.ipEvents.filter((e) => e.kind === 'residential' && !e.shared && e.country);
  if (ips.length)
    out.push({
      indicator: 'A4',
      weight: w.A4.weight,
      detail: `${ips.length} timestamped residential IP event(s) in ${[...new Set(ips.map((e) => e.country))].join(', ')}`,
      evidence: evidence(
        'ip_event',
        ips.map((e) => e.id),
      ),
    });
  const disclosed: Evidence[] = [];
  const values = new Set<string>();
  for (const m of p.messages)
    if (m.fromPerson)
      for (const h of m.identifiers)
        if (DISCLOSED.has(h.type) && !values.has(h.value)) {
          values.add(h.value);
          disclosed.push({ kind: 'message', id: m.id });
        }
  if (values.size)
    out.push({
      indicator: 'A5',
      weight: round(Math.min(w.A5.weight, 0.5 * values.size)),
      detail: `${values.size} identifier(s) disclosed in chat`,
      evidence: disclosed.slice(0, 50),
    });
  if (p.country && p.country.p >= 0.6)
    out.push({
      indicator: 'A6',
      weight: p.country.p >= 0.9 ? w.A6.weight : w.A6.weight / 2,
      detail: `attributed to ${p.country.country} with p=${p.country.p.toFixed(2)}`,
      evidence: [],
    });
  const anon = p.ipEvents.filter((e) => e.kind === 'hosting' || e.kind === 'tor');
  if (p.ipEvents.length && anon.length)
    out.push({
      indicator: 'A7',
      weight: round(w.A7.weight * (anon.length / p.ipEvents.length)),
      detail: `${anon.length} of ${p.ipEvents.length} IP events via hosting/VPN/Tor`,
      evidence: evidence(
        'ip_event',
        anon.map((e) => e.id),
      ),
    });
  return out;
}
