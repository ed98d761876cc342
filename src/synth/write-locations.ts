/**
 * locations.csv: location observations of seller accounts (GPS, cell, Wi-Fi) around the network's
 * home and city, and of some buyers' accounts while on a trip to the Philippines.
 */
import { join } from 'node:path';
import type { BadRowMaker, BadRowPlanter, BadRowReason } from './bad-rows.ts';
import { CsvFile } from './csv.ts';
import { near, PH_CITIES } from './places.ts';
import { Rng } from './prng.ts';
import { formatTime } from './timestamps.ts';
import type { World } from './world-types.ts';

export const LOCATION_COLUMNS = ['platform', 'handle', 'observed_at', 'lat', 'lon', 'accuracy_m', 'source'];
export const TRAVELLER_LOCATION_RATE = 0.4;
const DAY = 86_400_000;

export async function writeLocations(dir: string, world: World, planter: BadRowPlanter): Promise<number> {
  const file = new CsvFile(join(dir, 'locations.csv'), LOCATION_COLUMNS);
  planter.schedule(file, world.networks.length * 200, badLocationRows());
  const emit = (rng: Rng, platform: string, handle: string, t: number, lat: number, lon: number): void => {
    const r = rng.next();
    const [source, acc] =
      r < 0.6 ? ['gps', rng.int(4, 30)] : r < 0.85 ? ['wifi', rng.int(20, 90)] : ['cell', rng.int(300, 2500)];
    const [la, lo] = near(rng, lat, lon, source === 'cell' ? 1.5 : 0.05);
    file.push([
      platform,
      handle,
      formatTime(t, 'iso-offset', 480),
      la.toFixed(6),
      lo.toFixed(6),
      String(acc),
      source,
    ]);
    planter.tick(file, 'locations.csv');
  };
  for (const n of world.networks) {
    const rng = new Rng(`loc/${n.id}`, world.seed);
    const [homeLat, homeLon] = near(rng, n.city.lat, n.city.lon, 4);
    for (const a of n.accounts) {
      const count = Math.max(5, Math.min(400, Math.round((a.to - a.from) / (14 * DAY))));
      const times = Array.from({ length: count }, () => a.from + rng.next() * (a.to - a.from)).sort(
        (x, y) => x - y,
      );
      for (const t of times) {
        const [lat, lon] = rng.chance(0.65) ? [homeLat, homeLon] : near(rng, n.city.lat, n.city.lon, 6);
        emit(rng, a.platform, a.handle, t, lat, lon);
      }
    }
  }
  for (const p of world.persons) {
    if (p.kind !== 'buyer') continue;
    const rng = new Rng(`loc/${p.id}`, world.seed);
    for (const trip of p.trips) {
      if (trip.country !== 'PH' || trip.upcoming || !rng.chance(TRAVELLER_LOCATION_RATE)) continue;
      const a = p.accounts[0];
      if (a === undefined) continue;
      const city = PH_CITIES.find((c) => c.name === trip.city);
      if (city === undefined) continue;
      for (let k = rng.int(2, 8); k > 0; k--) {
        const [lat, lon] = near(rng, city.lat, city.lon, 5);
        emit(rng, a.platform, a.handle, trip.from + rng.next() * (trip.to - trip.from), lat, lon);
      }
    }
  }
  planter.finish(file, 'locations.csv', null);
  await file.close();
  return file.rows;
}

function badLocationRows(): readonly (readonly [BadRowReason, BadRowMaker])[] {
  return [
    [
      'missing_required_field',
      () => ['skype', 'live:somebody', '2018-01-01T10:00:00+08:00', '', '123.9', '10', 'gps'],
    ],
    ['unparseable_timestamp', () => ['skype', 'live:somebody', 'soon', '10.3', '123.9', '10', 'gps']],
    [
      'naive_timestamp',
      () => ['skype', 'live:somebody', '2018-01-01T10:00:00', '10.3', '123.9', '10', 'gps'],
    ],
  ];
}
