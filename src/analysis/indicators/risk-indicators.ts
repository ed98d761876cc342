import { UNKNOWN_DESTINATION } from '../identifiers/travel.ts';
import { evidence, type Evidence, type IndicatorWeights, type Reason } from './indicator.ts';
import type { CaseContext, PersonData } from './person-data.ts';

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * B11: travel — talk of travelling to the sellers' country (with dates when given; a plan naming
 * no place counts when told to a seller), or residential IP events located there for a person
 * attributed elsewhere.
 */
export function b11Travel(p: PersonData, ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const ev: Evidence[] = [];
  const dates: string[] = [];
  for (const m of p.messages) {
    if (!m.fromPerson) continue;
    for (const h of m.identifiers) {
      // A plan without a named place ("my flight is PR 431 on 12 March") told to a seller is travel to the seller.
      const toSeller = h.country
        ? ctx.sellerCountries.includes(h.country)
        : h.value === UNKNOWN_DESTINATION && m.counterpartSeller;
      if (h.type === 'travel' && toSeller) {
        ev.push({ kind: 'message', id: m.id });
        if (h.date) dates.push(h.date);
      }
    }
  }
  const home = p.country?.country;
  const abroad =
    home && !ctx.sellerCountries.includes(home)
      ? p.ipEvents.filter(
          (e) => e.kind === 'residential' && e.country && ctx.sellerCountries.includes(e.country),
        )
      : [];
  if (!ev.length && !abroad.length) return null;
  ev.push(
    ...evidence(
      'ip_event',
      abroad.map((e) => e.id),
    ),
  );
  return {
    indicator: 'B11',
    weight: round(w.B11.weight),
    detail:
      `${ev.length - abroad.length} travel mention(s) to ${ctx.sellerCountries.join('/')}` +
      (dates.length ? ` (dates ${[...new Set(dates)].sort().slice(0, 3).join(', ')})` : '') +
      (abroad.length ? `; ${abroad.length} IP event(s) from there` : ''),
    evidence: ev.slice(0, 50),
  };
}

/** B12: anonymity tooling — VPN/hosting or Tor IPs, crypto addresses given in chat. */
export function b12Anonymity(p: PersonData, _ctx: CaseContext, w: IndicatorWeights): Reason | null {
  const anon = p.ipEvents.filter((e) => e.kind === 'hosting' || e.kind === 'tor');
  const crypto = p.messages.filter((m) => m.fromPerson && m.identifiers.some((h) => h.type === 'crypto'));
  if (!anon.length && !crypto.length) return null;
  const share = p.ipEvents.length ? anon.length / p.ipEvents.length : 0;
  return {
    indicator: 'B12',
    weight: round(w.B12.weight),
    detail: `${anon.length} of ${p.ipEvents.length} IP events via hosting/VPN/Tor (${(share * 100).toFixed(0)}%); crypto addresses in ${crypto.length} message(s)`,
    evidence: [
      ...evidence(
        'ip_event',
        anon.map((e) => e.id),
      ),
      ...evidence(
        'message',
        crypto.map((m) => m.id),
      ),
    ].slice(0, 50),
  };
}
