import type { Evidence } from '../../core/analysis-types.ts';
import type { NetworkLocation } from '../../core/network-types.ts';
import type { IpEventFacts, TransactionFacts } from '../stages/case-facts.ts';
import type { LocationFact } from './seller-homes.ts';

const MAX_EVIDENCE = 8;
const CELL = 0.01;
const MAX_PLACES = 6;

const byCount = <T extends { observations: number; label: string }>(a: T, b: T): number =>
  b.observations - a.observations || (a.label < b.label ? -1 : 1);

/** Cities the network's collectors pick money up in, from the transfers. */
export function receiverCities(transfers: readonly TransactionFacts[]): NetworkLocation[] {
  const by = new Map<string, { city: string; country: string | null; n: number; ev: Evidence[] }>();
  for (const t of transfers) {
    if (!t.receiver_city) continue;
    const k = `${t.receiver_city.toLowerCase()}|${t.receiver_country ?? ''}`;
    const c =
      by.get(k) ?? by.set(k, { city: t.receiver_city, country: t.receiver_country, n: 0, ev: [] }).get(k)!;
    c.n++;
    if (c.ev.length < MAX_EVIDENCE) c.ev.push({ kind: 'transaction', id: t.transaction_id });
  }
  return [...by.values()]
    .map((c) => ({
      label: c.city,
      country: c.country,
      lat: null,
      lon: null,
      source: 'receiver_city',
      observations: c.n,
      evidence: c.ev,
    }))
    .sort(byCount)
    .slice(0, MAX_PLACES);
}

/** Countries the network's accounts connect from (offline IP database: country level). */
export function ipCountries(
  events: readonly IpEventFacts[],
  countryOf: (ip: string) => string | null,
): NetworkLocation[] {
  const by = new Map<string, { n: number; ev: Evidence[] }>();
  for (const e of events) {
    const c = countryOf(e.ip);
    if (c === null) continue;
    const x = by.get(c) ?? by.set(c, { n: 0, ev: [] }).get(c)!;
    x.n++;
    if (x.ev.length < MAX_EVIDENCE) x.ev.push({ kind: 'ip_event', id: e.id });
  }
  return [...by]
    .map(([country, x]) => ({
      label: `${country} (IP)`,
      country,
      lat: null,
      lon: null,
      source: 'ip_country',
      observations: x.n,
      evidence: x.ev,
    }))
    .sort(byCount)
    .slice(0, MAX_PLACES);
}

/** Places the network's accounts are observed at (GPS, Wi-Fi, cell, photo metadata), busiest ~1 km cells first. */
export function observedPlaces(points: readonly LocationFact[]): NetworkLocation[] {
  const cells = new Map<string, LocationFact[]>();
  for (const p of points) {
    const k = `${Math.round(p.lat / CELL)}:${Math.round(p.lon / CELL)}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(p);
  }
  const out: NetworkLocation[] = [];
  for (const ps of cells.values()) {
    if (ps.length < 3) continue;
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    const lat = +median(ps.map((p) => p.lat)).toFixed(4);
    const lon = +median(ps.map((p) => p.lon)).toFixed(4);
    const sources = new Map<string, number>();
    for (const p of ps) sources.set(p.source ?? 'location', (sources.get(p.source ?? 'location') ?? 0) + 1);
    const source = [...sources].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    out.push({
      label: `${lat}, ${lon}`,
      country: null,
      lat,
      lon,
      source,
      observations: ps.length,
      evidence: ps
        .slice(0, MAX_EVIDENCE)
        .map((p) => ({ kind: p.source === 'exif' ? ('media' as const) : ('location' as const), id: p.id })),
    });
  }
  return out.sort(byCount).slice(0, MAX_PLACES);
}
