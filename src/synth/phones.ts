/**
 * Mobile numbers in each country's numbering plan, written the ways people write them: E.164
 * on subscriber records, national format in chat, international with spaces on transfers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Country, PhonePlan } from './countries.ts';
import type { Rng } from './prng.ts';

export interface Phone {
  readonly country: string;
  readonly cc: string;
  /** National significant number, digits only. */
  readonly nsn: string;
}

/** A number libphonenumber accepts as valid for the country (prefixes are retried until one is). */
export function drawPhone(rng: Rng, country: Country): Phone {
  const plan = country.phone;
  let phone: Phone = { country: country.code, cc: plan.cc, nsn: '' };
  for (let attempt = 0; attempt < 30; attempt++) {
    const prefix = rng.pick(plan.prefixes);
    let rest = '';
    const n = plan.nsnLength - prefix.length;
    for (let i = 0; i < n; i++)
      rest += String(plan.style === 'nanp' && i === 0 ? rng.int(2, 9) : rng.int(0, 9));
    phone = { country: country.code, cc: plan.cc, nsn: prefix + rest };
    const parsed = parsePhoneNumberFromString(`+${plan.cc}${phone.nsn}`);
    if (parsed?.isValid() === true && parsed.country === country.code) return phone;
  }
  return phone;
}

function grouped(nsn: string, groups: readonly number[], sep: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push(nsn.slice(at, at + g));
    at += g;
  }
  if (at < nsn.length) parts[parts.length - 1] += nsn.slice(at);
  return parts.filter((p) => p.length > 0).join(sep);
}

export type PhoneStyle = 'e164' | 'intl' | 'national' | 'compact';

export function formatPhone(p: Phone, plan: PhonePlan, style: PhoneStyle): string {
  switch (style) {
    case 'e164':
      return `+${p.cc}${p.nsn}`;
    case 'compact':
      return plan.trunk + p.nsn;
    case 'intl':
      if (plan.style === 'nanp') return `+1 ${grouped(p.nsn, plan.groups, '-')}`;
      return `+${p.cc} ${grouped(p.nsn, plan.groups, plan.style === 'hyphen' ? '-' : ' ')}`;
    case 'national':
      if (plan.style === 'nanp') return `(${p.nsn.slice(0, 3)}) ${p.nsn.slice(3, 6)}-${p.nsn.slice(6)}`;
      if (plan.style === 'hyphen') return plan.trunk + grouped(p.nsn, plan.groups, '-');
      return plan.trunk + grouped(p.nsn, plan.groups, ' ');
  }
}

/** Digits a phone-number messenger (WhatsApp) uses as the handle. */
export function phoneHandle(p: Phone): string {
  return p.cc + p.nsn;
}
