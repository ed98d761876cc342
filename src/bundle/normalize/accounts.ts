import type { AccountRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { BadField, handle, ip, platform, required, time } from './field-rules.ts';
import type { Normalized } from './result.ts';

const ROLE_HINTS = new Set(['seller', 'buyer', 'unknown']);

export function normalizeAccount(f: Fields, zone: string | undefined): Normalized<AccountRecord> {
  const plat = platform(required(f, 'platform'));
  const h = handle(required(f, 'handle'));
  const hint = f.text('role_hint')?.toLowerCase() ?? null;
  if (hint !== null && !ROLE_HINTS.has(hint))
    throw new BadField(`role_hint: "${hint}" is not seller, buyer or unknown`);
  const registered = time(f, 'registered_at', zone, false);
  const record: AccountRecord = {
    kind: 'accounts',
    platform: plat,
    handle: h,
    display_name: f.text('display_name'),
    emails: f.list('emails').map((e) => e.toLowerCase()),
    phones: f.list('phones'),
    registered_at: registered?.ms ?? null,
    registration_ip: ip(f, 'registration_ip', false),
    role_hint: hint as AccountRecord['role_hint'],
  };
  return { ok: true, key: JSON.stringify(record), record };
}
