import { geoEqualEarth, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2Of } from '../map/iso-numeric.ts';

const WIDTH = 720;
const HEIGHT = 320;

interface CountryShape {
  readonly id: string;
  readonly alpha2: string | undefined;
  readonly name: string;
  readonly d: string;
}

function shapes(): CountryShape[] {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries);
  // Antarctica takes a fifth of the height and holds no one's records.
  const fc = { ...all, features: all.features.filter((f) => f.properties.name !== 'Antarctica') };
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    fc,
  );
  const path = geoPath(projection);
  return fc.features.map((f) => ({
    id: String(f.id),
    alpha2: alpha2Of(String(f.id)),
    name: f.properties.name,
    d: path(f) ?? '',
  }));
}

/** Five calm steps of one hue, from the lightest (few) to the darkest (most). */
const STEPS = ['#dbe7f0', '#b5cde0', '#86aecb', '#5a8bb0', '#386a91'];

/** A choropleth drawn offline from world-atlas: counts per ISO alpha-2 country. */
export function WorldMap(props: { counts: ReadonlyMap<string, number>; label: string }) {
  const paths = useMemo(shapes, []);
  const max = Math.max(1, ...props.counts.values());
  const fill = (n: number | undefined): string =>
    n === undefined || n === 0
      ? '#eef0f2'
      : STEPS[
          Math.min(STEPS.length - 1, Math.floor((Math.log1p(n) / Math.log1p(max)) * (STEPS.length - 1e-9)))
        ]!;
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label}>
        {paths.map((p) => {
          const n = p.alpha2 === undefined ? undefined : props.counts.get(p.alpha2);
          return (
            <path key={p.id + p.name} d={p.d} fill={fill(n)} stroke="#ffffff" strokeWidth={0.5}>
              <title>{`${p.name}${n === undefined ? '' : `: ${n}`}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <span>{props.label}</span>
        <span className="legend" aria-hidden="true">
          few
          {STEPS.map((c) => (
            <svg key={c} width="14" height="10">
              <rect width="14" height="10" fill={c} />
            </svg>
          ))}
          most
        </span>
      </figcaption>
    </figure>
  );
}
