import { isIP } from 'node:net';
import { parseTimestamp } from '../timestamp.ts';
import { isCountryCode, isCurrencyCode } from '../codes.ts';
import type { Fields } from '../columns.ts';

/**
 * Field checks shared by the normalisers. Each returns the clean value, or throws a `BadField`
 * whose message is the quarantine reason (caught once per row by `normalizeRow`).
 */
export class BadField extends Error {}

export function required(f: Fields, name: string): string {
  const v = f.text(name);
  if (v === null) throw new BadField(`missing required field ${name}`);
  return v;
}

export function handle(v: string): string {
  return v.trim().toLowerCase();
}

export function platform(v: string): string {
  return v.trim().toLowerCase();
}

export function time(
  f: Fields,
  name: string,
  zone: string | undefined,
  isRequired: boolean,
): { ms: number; text: string } | null {
  const v = f.text(name);
  if (v === null) {
    if (isRequired) throw new BadField(`missing required field ${name}`);
    return null;
  }
  const t = parseTimestamp(v, zone);
  if (!t.ok) throw new BadField(`${name}: ${t.reason}`);
  return { ms: t.ms, text: v };
}

export function ip(f: Fields, name: string, isRequired: boolean): string | null {
  const v = f.text(name);
  if (v === null) {
    if (isRequired) throw new BadField(`missing required field ${name}`);
    return null;
  }
  const bare = v.startsWith('[') && v.endsWith(']') ? v.slice(1, -1) : v;
  if (isIP(bare) === 0) throw new BadField(`${name}: "${v}" is not an IPv4 or IPv6 address`);
  return bare.toLowerCase();
}

export function country(f: Fields, name: string): string | null {
  const v = f.text(name);
  if (v === null) return null;
  const up = v.toUpperCase();
  if (!isCountryCode(up)) throw new BadField(`${name}: "${v}" is not an ISO 3166-1 alpha-2 country code`);
  return up;
}

export function currency(f: Fields, name: string): string {
  const v = required(f, name).toUpperCase();
  if (!isCurrencyCode(v)) throw new BadField(`${name}: "${v}" is not an ISO 4217 currency code`);
  return v;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

export function amount(f: Fields, name: string): string {
  const v = required(f, name);
  if (!DECIMAL.test(v)) throw new BadField(`${name}: "${v}" is not a decimal number with a dot`);
  return v;
}

export function number(
  f: Fields,
  name: string,
  isRequired: boolean,
  min: number,
  max: number,
): number | null {
  const v = f.text(name);
  if (v === null) {
    if (isRequired) throw new BadField(`missing required field ${name}`);
    return null;
  }
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new BadField(`${name}: "${v}" is not a number from ${min} to ${max}`);
  return n;
}

export function port(f: Fields, name: string): number | null {
  const n = number(f, name, false, 0, 65535);
  if (n !== null && !Number.isInteger(n)) throw new BadField(`${name}: "${n}" is not a whole port number`);
  return n;
}

export function date(f: Fields, name: string): string | null {
  const v = f.text(name);
  if (v === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v + 'T00:00:00Z')))
    throw new BadField(`${name}: "${v}" is not a YYYY-MM-DD date`);
  return v;
}
