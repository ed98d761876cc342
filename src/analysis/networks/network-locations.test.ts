import { describe, expect, it } from 'vitest';
import { moneyByMonth } from './money-by-month.ts';
import { ipCountries, observedPlaces, receiverCities } from './network-locations.ts';
import { homeOf, type LocationFact } from './seller-homes.ts';
import { transfer } from './testing-transfers.test-util.ts';

const point = (
  id: string,
  lat: number,
  lon: number,
  source = 'gps',
): LocationFact & { accuracy: number | null } => ({
  id,
  account: 'skype:shop',
  at: 0,
  lat,
  lon,
  source,
  accuracy: source === 'cell' ? 1500 : 10,
});

describe('where a network operates', () => {
  it('counts pickup towns from the transfers, busiest first, each with its transfers as evidence', () => {
    const places = receiverCities([
      transfer('a', { receiver_city: 'Olongapo' }),
      transfer('b', { receiver_city: 'Cebu City' }),
      transfer('c', { receiver_city: 'cebu city' }),
    ]);
    expect(places.map((p) => [p.label, p.observations])).toEqual([
      ['Cebu City', 2],
      ['Olongapo', 1],
    ]);
    expect(places[0]!.evidence).toEqual([
      { kind: 'transaction', id: 'b' },
      { kind: 'transaction', id: 'c' },
    ]);
  });

  it('finds the place the accounts keep returning to; photo metadata is evidence by media hash', () => {
    const pts = [
      ...Array.from({ length: 6 }, (_, i) => point(`g${i}`, 10.3 + i * 0.0001, 123.9)),
      ...Array.from({ length: 3 }, (_, i) => point(`sha${i}`, 10.5, 124.1 + i * 0.0001, 'exif')),
      point('far', 14.6, 121.0),
    ];
    const places = observedPlaces(pts);
    expect(places.map((p) => [p.lat, p.lon, p.source, p.observations])).toEqual([
      [10.3003, 123.9, 'gps', 6],
      [10.5, 124.1001, 'exif', 3],
    ]);
    expect(places[1]!.evidence[0]).toEqual({ kind: 'media', id: 'sha0' });
    expect(homeOf(pts)).toMatchObject({ observations: 6 });
    expect(homeOf(pts.slice(0, 4))).toBeNull();
    expect(homeOf(pts.map((p) => ({ ...p, source: 'cell', accuracy: 1500 })))).toBeNull();
  });

  it('gives IP countries with the events behind them, and skips addresses it cannot place', () => {
    const events = [
      { id: 'e1', ip: '1.1.1.1', port: null, seen_at: 0, event: null },
      { id: 'e2', ip: '2.2.2.2', port: null, seen_at: 0, event: null },
      { id: 'e3', ip: '10.0.0.1', port: null, seen_at: 0, event: null },
    ];
    const places = ipCountries(events, (ip) => (ip.startsWith('10.') ? null : 'PH'));
    expect(places).toEqual([
      {
        label: 'PH (IP)',
        country: 'PH',
        lat: null,
        lon: null,
        source: 'ip_country',
        observations: 2,
        evidence: [
          { kind: 'ip_event', id: 'e1' },
          { kind: 'ip_event', id: 'e2' },
        ],
      },
    ]);
  });

  it('sums money per UTC month and currency to the cent', () => {
    const months = moneyByMonth([
      transfer('a', { sent_at: Date.UTC(2022, 0, 31, 23, 59), amount: 0.1 }),
      transfer('b', { sent_at: Date.UTC(2022, 0, 2), amount: 0.2 }),
      transfer('c', { sent_at: Date.UTC(2022, 1, 1), amount: 30, currency: 'EUR' }),
      transfer('d', { sent_at: Date.UTC(2022, 0, 5), amount: 40, currency: 'EUR' }),
    ]);
    expect(months).toEqual([
      { month: '2022-01', currency: 'EUR', amount: 40, transfers: 1 },
      { month: '2022-01', currency: 'USD', amount: 0.3, transfers: 2 },
      { month: '2022-02', currency: 'EUR', amount: 30, transfers: 1 },
    ]);
  });
});
