import type { LocationRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { handle, number, platform, required, time } from './field-rules.ts';
import type { Normalized } from './result.ts';

export function normalizeLocation(f: Fields, zone: string | undefined): Normalized<LocationRecord> {
  const observed = time(f, 'observed_at', zone, true)!;
  const record: LocationRecord = {
    kind: 'locations',
    platform: platform(required(f, 'platform')),
    handle: handle(required(f, 'handle')),
    observed_at: observed.ms,
    observed_at_text: observed.text,
    lat: number(f, 'lat', true, -90, 90)!,
    lon: number(f, 'lon', true, -180, 180)!,
    accuracy_m: number(f, 'accuracy_m', false, 0, 1e8),
    source: f.text('source'),
  };
  const { observed_at_text: _, ...identity } = record;
  return { ok: true, key: JSON.stringify(identity), record };
}
