/**
 * Accounts and their subscriber records. Seller accounts always have a record (they were seized);
 * a customer account has one at SUBSCRIBER_RATE, with the person's own e-mail and phone at the
 * rates below, the same e-mail reused across platforms at EMAIL_REUSE_RATE.
 */
import { countryOf } from './countries.ts';
import { homeIps, type BuildContext } from './context.ts';
import { wantedHandle, type Platform } from './handles.ts';
import { birthYear } from './people.ts';
import { drawPhone, formatPhone } from './phones.ts';
import type { Rng } from './prng.ts';
import type { Account, Person } from './world-types.ts';

export const SUBSCRIBER_RATE = 0.35;
export const SUBSCRIBER_EMAIL_RATE = 0.8;
export const SUBSCRIBER_PHONE_RATE = 0.45;
export const SUBSCRIBER_REAL_EMAIL_RATE = 0.7;
export const EMAIL_REUSE_RATE = 0.6;
export const REGISTRATION_VPN_RATE = 0.12;
/** WhatsApp/Viber accounts of foreign customers opened on a virtual US or UK number, not their own. */
export const VIRTUAL_NUMBER_RATE = 0.15;

const DAY = 86_400_000;

export function makeAccount(
  ctx: BuildContext,
  rng: Rng,
  person: Person,
  platform: Platform,
  from: number,
  to: number,
  seller: boolean,
): Account {
  const phoneBased = platform === 'whatsapp' || platform === 'viber';
  const virtualNumber = phoneBased && !seller && person.country !== 'PH' && rng.chance(VIRTUAL_NUMBER_RATE);
  const phone = virtualNumber ? drawPhone(rng, countryOf(rng.pick(['US', 'GB']))) : person.phone;
  const handle = ctx.handles.claim(
    platform,
    wantedHandle(platform, rng, person.name, phone, birthYear(person)),
    rng,
  );
  const r = rng.next();
  const displayName =
    r < 0.25
      ? `${person.name.given} ${person.name.surname}`
      : r < 0.5
        ? person.name.given
        : r < 0.6
          ? `${person.name.given} ${person.name.surname.charAt(0)}.`
          : handle.startsWith('live:') || /^\+?\d+$/.test(handle)
            ? person.name.given
            : (handle.split(/[._@]/)[0] ?? handle);
  const subscriber = seller || rng.chance(SUBSCRIBER_RATE);
  const emails: string[] = [];
  const phones: string[] = [];
  if (subscriber) {
    if (rng.chance(SUBSCRIBER_EMAIL_RATE)) {
      const reuse = person.accounts.find((a) => a.subscriber && a.emails.length > 0);
      if (reuse !== undefined && rng.chance(EMAIL_REUSE_RATE)) emails.push(reuse.emails[0] ?? person.email);
      else if (rng.chance(SUBSCRIBER_REAL_EMAIL_RATE)) emails.push(person.email);
      else
        emails.push(
          `${
            handle
              .replace(/[^a-z0-9]/gi, '')
              .slice(0, 12)
              .toLowerCase() || 'user'
          }${rng.int(1, 9999)}@${rng.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'mail.com', 'protonmail.com'])}`,
        );
    }
    if (platform === 'whatsapp' || platform === 'viber' || rng.chance(SUBSCRIBER_PHONE_RATE)) {
      phones.push(
        formatPhone(
          phone,
          countryOf(phone.country).phone,
          rng.pick(['e164', 'e164', 'intl', 'compact'] as const),
        ),
      );
    }
  }
  const registeredAt = from - rng.int(1, 400) * DAY - rng.int(0, 86_399) * 1000;
  const registrationIp = seller
    ? ctx.ip.home(rng, 'PH')
    : rng.chance(REGISTRATION_VPN_RATE)
      ? ctx.ip.vpn(rng)
      : rng.pick(homeIps(ctx, person));
  const account: Account = {
    platform,
    handle,
    person,
    from,
    to,
    roleHint: '',
    displayName,
    subscriber,
    virtualNumber,
    emails,
    phones,
    registrationIp,
    registeredAt,
  };
  person.accounts.push(account);
  return account;
}
