import { describe, expect, it } from 'vitest';
import { HOURLY_REFERENCE, estimateDailyCurve } from './daily-activity-curve.ts';
import { mulberry32 } from '../linkage/random-pairs-u.ts';
import { inferTimeZone } from './time-zone-inference.ts';
import { zoneOffsetHours } from './time-zones.ts';

/** Activity drawn from a daily curve (default: the reference) in a zone's local time, over two years. */
function activity(zone: string, n: number, seed = 1, curve: readonly number[] = HOURLY_REFERENCE): number[] {
  const rand = mulberry32(seed);
  const cdf: number[] = [];
  curve.reduce((a, b, i) => (cdf[i] = a + b), 0);
  const total = cdf[23]!;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const day = Date.UTC(2018, 0, 1) + Math.floor(rand() * 730) * 86_400_000;
    const r = rand() * total;
    const hour = cdf.findIndex((c) => c >= r);
    const local = day + hour * 3_600_000 + Math.floor(rand() * 3_600_000);
    out.push(local - zoneOffsetHours(zone, local) * 3_600_000);
  }
  return out;
}

describe('inferTimeZone', () => {
  it('reads offsets with daylight saving from Intl', () => {
    expect(zoneOffsetHours('Europe/Berlin', Date.UTC(2019, 0, 15))).toBe(1);
    expect(zoneOffsetHours('Europe/Berlin', Date.UTC(2019, 6, 15))).toBe(2);
    expect(zoneOffsetHours('Asia/Kolkata', Date.UTC(2019, 6, 15))).toBe(5.5);
  });
  it('finds the offset and uses the DST jump to tell Berlin from Lagos', () => {
    const r = inferTimeZone(activity('Europe/Berlin', 3000));
    expect(r.january[0]!.offset).toBe(1);
    expect(r.july[0]!.offset).toBe(2);
    expect(r.zones[0]!.zone).toBe('Europe/Berlin');
    const lagos = r.zones.find((z) => z.zone === 'Africa/Lagos')!;
    expect(r.zones[0]!.p).toBeGreaterThan(lagos.p * 2);
  });
  it('separates hemispheres and reports a posterior, not a point', () => {
    const sydney = inferTimeZone(activity('Australia/Sydney', 3000, 2));
    expect(sydney.zones[0]!.zone).toBe('Australia/Sydney');
    expect(sydney.countries[0]!.country).toBe('AU');
    const few = inferTimeZone(activity('America/New_York', 30, 3));
    expect(few.offsets[0]!.p).toBeLessThan(0.9);
    const sum = few.offsets.reduce((a, o) => a + o.p, 0);
    expect(sum).toBeCloseTo(1, 9);
  });
  it('estimates the daily curve from people of known zone, and fitting with it removes the bias of a wrong curve', () => {
    // People who peak at 19:00 local, two hours earlier than the hand-set reference.
    const early = HOURLY_REFERENCE.map((_, h) => HOURLY_REFERENCE[(h + 2) % 24]!);
    const known = [1, 2, 3, 4].map((s) => ({
      times: activity('Europe/London', 800, 10 + s, early),
      zone: 'Europe/London',
    }));
    const curve = estimateDailyCurve(known);
    expect(curve.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // The estimate follows the people's curve, not the reference: compare shapes hour by hour.
    const err = (c: readonly number[]) => curve.reduce((a, x, h) => a + Math.abs(x - c[h]!), 0);
    expect(err(early)).toBeLessThan(err(HOURLY_REFERENCE) / 2);
    const person = activity('America/New_York', 3000, 5, early);
    const biased = inferTimeZone(person);
    const fitted = inferTimeZone(person, curve);
    expect(fitted.zones[0]!.zone).toBe('America/New_York');
    expect(Math.abs(fitted.january[0]!.offset + 5)).toBeLessThan(
      Math.abs(biased.january[0]!.offset + 5) + 0.01,
    );
  });
  it('is flat with no events', () => {
    const r = inferTimeZone([]);
    expect(r.events).toBe(0);
    expect(r.offsets[0]!.p).toBeCloseTo(1 / 53, 9);
  });
});
