import type { IpEventRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { handle, ip, platform, port, required, time } from './field-rules.ts';
import type { Normalized } from './result.ts';

export function normalizeIpEvent(f: Fields, zone: string | undefined): Normalized<IpEventRecord> {
  const seen = time(f, 'seen_at', zone, true)!;
  const record: IpEventRecord = {
    kind: 'ip_events',
    platform: platform(required(f, 'platform')),
    handle: handle(required(f, 'handle')),
    ip: ip(f, 'ip', true)!,
    port: port(f, 'port'),
    seen_at: seen.ms,
    seen_at_text: seen.text,
    event: f.text('event'),
  };
  const { seen_at_text: _, ...identity } = record;
  return { ok: true, key: JSON.stringify(identity), record };
}
