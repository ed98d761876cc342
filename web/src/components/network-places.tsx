import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { NetworkLocation } from '../../../src/core/network-types.ts';
import { count } from '../format.ts';
import { alpha2Of } from '../map/iso-numeric.ts';
import { WorldMap } from './world-map.tsx';

/** The country (ISO alpha-2) a point lies in, from the offline world atlas; null at sea or unknown. */
function countryAt(lon: number, lat: number): string | null {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const hit = feature(topo, topo.objects.countries).features.find((f) => geoContains(f, [lon, lat]));
  return hit === undefined ? null : (alpha2Of(String(hit.id)) ?? null);
}

/** A place's country: as given, else where its coordinates lie. */
const placeCountry = (l: NetworkLocation): string | null =>
  l.country ?? (l.lat !== null && l.lon !== null ? countryAt(l.lon, l.lat) : null);

const SOURCES: Readonly<Record<string, string>> = {
  receiver_city: 'transfer receiver city',
  ip_city: 'IP location (city level)',
  ip_country: 'IP location (country)',
  gps: 'GPS',
  exif: 'photo metadata',
};

/** Where the network operates: observations per country on the offline world map, and each place. */
export function NetworkPlaces(props: { locations: readonly NetworkLocation[] }) {
  const byCountry = new Map<string, number>();
  for (const l of props.locations) {
    const c = placeCountry(l);
    if (c !== null) byCountry.set(c, (byCountry.get(c) ?? 0) + l.observations);
  }
  return (
    <>
      <WorldMap counts={byCountry} label="Where the network operates: observations by country" />
      {props.locations.length === 0 ? (
        <p className="muted">No place is known for this network.</p>
      ) : (
        <table className="table table-compact network-places">
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Country</th>
              <th scope="col">From</th>
              <th scope="col" className="num">
                Observations
              </th>
            </tr>
          </thead>
          <tbody>
            {[...props.locations]
              .sort((a, b) => b.observations - a.observations)
              .slice(0, 15)
              .map((l) => (
                <tr key={`${l.source}:${l.label}`}>
                  <td>{l.label}</td>
                  <td>{placeCountry(l) ?? '?'}</td>
                  <td>{SOURCES[l.source] ?? l.source}</td>
                  <td className="num">{count(l.observations)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </>
  );
}
