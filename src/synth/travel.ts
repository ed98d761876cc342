/**
 * Trips: buyers who travel to the Philippines (past trips inside the data, upcoming ones booked
 * after the seizure date, both discussed in chat), buyers on holiday in Thailand who pay from
 * there, and talkers with vague travel talk (a confounder).
 */
import { PH_CITIES, TRAVEL_STOPS } from './places.ts';
import type { Rng } from './prng.ts';
import { WORLD_END } from './scale.ts';
import type { Conversation, Person, Trip } from './world-types.ts';

export const BUYER_PH_TRIP_RATE = 0.12;
export const BUYER_UPCOMING_SHARE = 0.4;
export const BUYER_TH_TRIP_RATE = 0.06;
export const TALKER_TRAVEL_TALK_RATE = 0.03;

const DAY = 86_400_000;
const FLIGHTS = [
  'PR 431',
  'PR 103',
  'CX 905',
  'CX 919',
  'SQ 916',
  'EK 332',
  'QR 934',
  'KL 803',
  'LH 778',
  'TK 84',
  'NH 869',
  'KE 631',
  'PR 301',
  '5J 241',
];

export function planTrips(rng: Rng, person: Person, convs: readonly Conversation[]): void {
  if (convs.length === 0) return;
  const last = convs.reduce((a, b) => (b.to > a.to ? b : a));
  const first = convs.reduce((a, b) => (b.from < a.from ? b : a));
  if (person.kind === 'buyer' && rng.chance(BUYER_PH_TRIP_RATE)) {
    const city = rng.pick(['Manila', 'Cebu City', 'Angeles City', 'Davao City', rng.pick(PH_CITIES).name]);
    const upcoming = last.to > WORLD_END - 120 * DAY && rng.chance(BUYER_UPCOMING_SHARE / 0.6);
    const start = upcoming
      ? WORLD_END + rng.int(10, 120) * DAY
      : first.from + (0.3 + 0.7 * rng.next()) * Math.max(DAY, last.to - first.from);
    const trip: Trip = {
      country: 'PH',
      city,
      from: start,
      to: start + rng.int(7, 21) * DAY,
      flight: rng.pick(FLIGHTS),
      upcoming,
    };
    person.trips.push(trip);
    const talk = convs.filter((c) => c.from < trip.from - 7 * DAY && c.to > trip.from - 90 * DAY);
    const conv = talk.length > 0 ? rng.pick(talk) : last;
    conv.travelTalk = trip;
  }
  if (person.kind === 'buyer' && rng.chance(BUYER_TH_TRIP_RATE)) {
    const start = first.from + rng.next() * Math.max(DAY, last.to - first.from);
    person.trips.push({
      country: 'TH',
      city: rng.pick(TRAVEL_STOPS),
      from: start,
      to: start + rng.int(7, 18) * DAY,
      flight: rng.pick(FLIGHTS),
      upcoming: false,
    });
  }
  if (person.kind === 'talker' && rng.chance(TALKER_TRAVEL_TALK_RATE)) {
    const start = last.to + rng.int(200, 900) * DAY;
    const trip: Trip = {
      country: 'PH',
      city: rng.pick(PH_CITIES).name,
      from: start,
      to: start + 14 * DAY,
      flight: '',
      upcoming: false,
    };
    last.travelTalk = trip;
  }
}

export function tripAt(person: Person, t: number): Trip | null {
  for (const trip of person.trips) if (t >= trip.from && t < trip.to) return trip;
  return null;
}
