import { describe, expect, it } from 'vitest';
import { extractCryptoAddresses, isValidBase58Check, isValidBech32 } from './crypto-addresses.ts';

describe('bitcoin checksums', () => {
  it('base58check: accepts known addresses and rejects one changed character', () => {
    expect(isValidBase58Check('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(true);
    expect(isValidBase58Check('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
    expect(isValidBase58Check('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toBe(false);
  });
  it('bech32 and bech32m (BIP-173/350 vectors)', () => {
    expect(isValidBech32('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(isValidBech32('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(true);
    expect(isValidBech32('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBe(true);
    expect(isValidBech32('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(isValidBech32('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
  });
});

describe('extractCryptoAddresses', () => {
  it('finds valid addresses only', () => {
    const text =
      'btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, not 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3; eth 0xAbCdEf0123456789abcdef0123456789ABCDEF01.';
    const hits = extractCryptoAddresses(text);
    expect(hits.map((h) => [h.platform, h.value])).toEqual([
      ['btc', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
      ['btc', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
      ['eth', '0xabcdef0123456789abcdef0123456789abcdef01'],
    ]);
    expect(text.slice(hits[2]!.start, hits[2]!.end)).toBe('0xAbCdEf0123456789abcdef0123456789ABCDEF01');
  });
  it('rejects 0x with 41 hex digits', () => {
    expect(extractCryptoAddresses('0x' + 'a'.repeat(41))).toEqual([]);
  });
});
