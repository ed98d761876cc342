import type { NetworkLocation } from '../../../src/core/network-types.ts';
import { count } from '../format.ts';
import { WorldMap } from './world-map.tsx';

const SOURCES: Readonly<Record<string, string>> = {
  receiver_city: 'transfer receiver city',
  ip_city: 'IP location (city level)',
  gps: 'GPS',
  exif: 'photo metadata',
};

/** Where the network operates: observations per country on the offline world map, and each place. */
export function NetworkPlaces(props: { locations: readonly NetworkLocation[] }) {
  const byCountry = new Map<string, number>();
  for (const l of props.locations)
    if (l.country !== null) byCountry.set(l.country, (byCountry.get(l.country) ?? 0) + l.observations);
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
                  <td>{l.country ?? '?'}</td>
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
