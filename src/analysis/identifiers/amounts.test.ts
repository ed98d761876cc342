import { describe, expect, it } from 'vitest';
import { extractAmounts, normaliseAmount } from './amounts.ts';

const values = (t: string, senderCountry?: string) =>
  extractAmounts(t, { senderCountry }).map((h) => h.value);

describe('normaliseAmount', () => {
  it('reads thousands and decimal separators of both conventions', () => {
    expect(normaliseAmount('1,500.00')).toBe('1500');
    expect(normaliseAmount('1.500,50')).toBe('1500.5');
    expect(normaliseAmount('40,50')).toBe('40.5');
    expect(normaliseAmount('1.500')).toBe('1500');
    expect(normaliseAmount('1.5')).toBe('1.5');
    expect(normaliseAmount("1'000")).toBe('1000');
  });
});

describe('extractAmounts', () => {
  it('reads codes, symbols and words before or after the number', () => {
    expect(values('ok 50 usd, €40 and 1500 php')).toEqual(['50 USD', '40 EUR', '1500 PHP']);
    expect(values('USD 75.50 / 40€ / 20 euros / £15')).toEqual(['75.5 USD', '40 EUR', '20 EUR', '15 GBP']);
    expect(values('P1500 or ₱2,000 or 3k pesos')).toEqual(['1500 PHP', '2000 PHP', '3000 PHP']);
    expect(values('A$51 and NZ$ 30')).toEqual(['51 AUD', '30 NZD']);
  });
  it('reads codes glued to the number', () => {
    expect(values('php500 or 500php, eur50')).toEqual(['500 PHP', '500 PHP', '50 EUR']);
    expect(values('usda 5 and eurovision 2019')).toEqual([]);
  });
  it('picks the krone by the sender country', () => {
    expect(values('200 kr', 'NO')).toEqual(['200 NOK']);
    expect(values('200 kr', 'DK')).toEqual(['200 DKK']);
    expect(values('200 kr')).toEqual(['200 SEK']);
  });
  it('ignores numbers without a currency and words glued to letters', () => {
    expect(values('see you at 50 or 100')).toEqual([]);
    expect(values('100usdt')).toEqual([]);
    expect(values('step1500 php')).toEqual([]);
  });
  it('keeps spans', () => {
    const text = 'send $50 now';
    const [h] = extractAmounts(text);
    expect(text.slice(h!.start, h!.end)).toBe('$50');
    expect(h?.amount).toBe('50');
    expect(h?.currency).toBe('USD');
  });
});
