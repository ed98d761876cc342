/**
 * Approximate EUR value of one unit of each currency: good enough to put an amount in a band
 * (B2's 10–200 EUR), not for accounting. Case configuration can pass dated rates instead.
 */
export const APPROX_EUR_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 0.9,
  GBP: 1.15,
  PHP: 0.016,
  AUD: 0.6,
  CAD: 0.68,
  NZD: 0.55,
  CHF: 1.0,
  SEK: 0.087,
  NOK: 0.086,
  DKK: 0.134,
  PLN: 0.23,
  CZK: 0.04,
  HUF: 0.0025,
  JPY: 0.0062,
  HKD: 0.115,
  SGD: 0.68,
  AED: 0.245,
  CNY: 0.125,
  INR: 0.011,
  THB: 0.026,
  MYR: 0.2,
  KRW: 0.00068,
  ISK: 0.0066,
  RON: 0.2,
};

export function approxEur(amount: number, currency: string): number | null {
  const rate = APPROX_EUR_RATES[currency.toUpperCase()];
  return rate === undefined ? null : amount * rate;
}
