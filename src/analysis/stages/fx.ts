/**
 * Rough US-dollar values of the currencies remittances are sent in, to compare amounts with the
 * indicator ranges (B2). Approximate long-run averages: an amount band, not an accounting figure.
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.12,
  GBP: 1.3,
  AUD: 0.7,
  CAD: 0.76,
  NZD: 0.65,
  CHF: 1.05,
  SEK: 0.1,
  NOK: 0.1,
  DKK: 0.15,
  PLN: 0.25,
  JPY: 0.008,
  KRW: 0.0008,
  SGD: 0.73,
  HKD: 0.128,
  AED: 0.27,
  SAR: 0.27,
  QAR: 0.27,
  KWD: 3.25,
  BHD: 2.65,
  OMR: 2.6,
  PHP: 0.019,
  CNY: 0.15,
  TWD: 0.033,
  MYR: 0.23,
  THB: 0.03,
  INR: 0.013,
  ILS: 0.28,
  CZK: 0.044,
  HUF: 0.0031,
  RON: 0.23,
  ZAR: 0.06,
  MXN: 0.052,
  BRL: 0.22,
  TRY: 0.06,
};

export function toUsd(amount: number, currency: string): number | null {
  const rate = USD_PER_UNIT[currency.toUpperCase()];
  return rate === undefined ? null : amount * rate;
}
