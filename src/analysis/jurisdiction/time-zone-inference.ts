import { halfHourReference } from './daily-activity-curve.ts';
import { zoneOffsets } from './time-zones.ts';

export interface OffsetPosterior {
  /** UTC offset in hours, half-hour steps from −12 to +14. */
  readonly offset: number;
  readonly p: number;
}

export interface TimeZoneInference {
  readonly events: number;
  /** Posterior over offsets from all events, ignoring daylight saving. */
  readonly offsets: readonly OffsetPosterior[];
  /** From events in November–February ("January-like": northern standard time, southern summer time). */
  readonly january: readonly OffsetPosterior[];
  /** From events in April–September ("July-like"). */
  readonly july: readonly OffsetPosterior[];
  /** Posterior over candidate zones: January events scored at the zone's January offset, July events at its July offset. */
  readonly zones: ReadonlyArray<{ zone: string; january: number; july: number; p: number }>;
  /**
   * Per country, the posterior mass of the zones it lies in: how compatible the profile is with the
   * country. Not a distribution over countries (countries sharing a zone share its mass).
   */
  readonly countries: ReadonlyArray<{ country: string; p: number }>;
}

const OFFSETS = Array.from({ length: 53 }, (_, i) => -12 + i / 2);
/** The likelihood counts at most this many events: a person is not the reference curve, so more events must not mean certainty. */
export const EFFECTIVE_EVENTS = 100;
const DEFAULT_REF_LOG = halfHourReference().map(Math.log);

function histogram(times: readonly number[]): Float64Array {
  const h = new Float64Array(48);
  for (const t of times) {
    const minutes = (((t / 60_000) % 1440) + 1440) % 1440;
    h[Math.floor(minutes / 30)]!++;
  }
  return h;
}

/** Log-likelihood of a UTC half-hour histogram if the person's local time is UTC+offset, tempered. */
function logLik(h: Float64Array, n: number, offset: number, refLog: Float64Array): number {
  if (n === 0) return 0;
  const shift = Math.round(offset * 2);
  let ll = 0;
  for (let b = 0; b < 48; b++) if (h[b]) ll += h[b]! * refLog[(((b + shift) % 48) + 48) % 48]!;
  return ll * Math.min(1, EFFECTIVE_EVENTS / n);
}

function normalise<T extends { ll: number }>(xs: T[]): Array<T & { p: number }> {
  const max = Math.max(...xs.map((x) => x.ll));
  const w = xs.map((x) => Math.exp(x.ll - max));
  const s = w.reduce((a, b) => a + b, 0);
  return xs.map((x, i) => ({ ...x, p: w[i]! / s }));
}

function offsetPosterior(h: Float64Array, n: number, refLog: Float64Array): OffsetPosterior[] {
  return normalise(OFFSETS.map((offset) => ({ offset, ll: logLik(h, n, offset, refLog) })))
    .map(({ offset, p }) => ({ offset, p }))
    .sort((a, b) => b.p - a.p);
}

/**
 * Infers a person's UTC offset from the times of their activity (epoch ms): the 24-hour profile
 * in UTC is fitted against the reference daily curve for every half-hour offset, separately for
 * January-like and July-like months so daylight-saving jumps separate zones that share a
 * standard offset (e.g. Europe/Berlin from Africa/Lagos, Australia/Sydney from Brisbane).
 * `reference` (24 local-hour shares) replaces the hand-set curve, e.g. with `estimateDailyCurve`
 * over the case's people of known zone.
 */
export function inferTimeZone(times: readonly number[], reference?: readonly number[]): TimeZoneInference {
  const refLog = reference ? halfHourReference(reference).map(Math.log) : DEFAULT_REF_LOG;
  const jan: number[] = [];
  const jul: number[] = [];
  for (const t of times) {
    const month = new Date(t).getUTCMonth() + 1;
    if (month >= 11 || month <= 2) jan.push(t);
    else if (month >= 4 && month <= 9) jul.push(t);
  }
  const all = histogram(times);
  const hj = histogram(jan);
  const hl = histogram(jul);
  // March and October (transition months) count towards a zone through the all-season fit at its mean offset.
  const other = times.length - jan.length - jul.length;
  const ho = other
    ? histogram(
        times.filter((t) => {
          const m = new Date(t).getUTCMonth() + 1;
          return m === 3 || m === 10;
        }),
      )
    : new Float64Array(48);
  const zones = normalise(
    zoneOffsets().map((z) => ({
      zone: z.zone,
      january: z.january,
      july: z.july,
      countries: z.countries,
      ll:
        logLik(hj, jan.length, z.january, refLog) +
        logLik(hl, jul.length, z.july, refLog) +
        logLik(ho, other, (z.january + z.july) / 2, refLog),
    })),
  ).sort((a, b) => b.p - a.p);
  const byCountry = new Map<string, number>();
  for (const z of zones) for (const c of z.countries) byCountry.set(c, (byCountry.get(c) ?? 0) + z.p);
  return {
    events: times.length,
    offsets: offsetPosterior(all, times.length, refLog),
    january: offsetPosterior(hj, jan.length, refLog),
    july: offsetPosterior(hl, jul.length, refLog),
    zones: zones.map(({ zone, january, july, p }) => ({ zone, january, july, p })),
    countries: [...byCountry].map(([country, p]) => ({ country, p })).sort((a, b) => b.p - a.p),
  };
}
