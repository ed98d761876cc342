import { describe, expect, it } from 'vitest';
import { extractIbans, isValidIban } from './iban.ts';

describe('isValidIban', () => {
  it('accepts registry examples and rejects one wrong digit', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
  });
});

describe('extractIbans', () => {
  it('reads grouped and compact forms with spans', () => {
    const text = 'pay to DE89 3704 0044 0532 0130 00 today, or nl91abna0417164300.';
    const hits = extractIbans(text);
    expect(hits.map((h) => h.value)).toEqual(['DE89370400440532013000', 'NL91ABNA0417164300']);
    expect(hits[0]!.raw).toBe('DE89 3704 0044 0532 0130 00');
    expect(hits[1]!.country).toBe('NL');
  });
  it('drops a trailing word glued by a space and invalid checksums', () => {
    expect(extractIbans('GB82 WEST 1234 5698 7654 32 THX1').map((h) => h.value)).toEqual([
      'GB82WEST12345698765432',
    ]);
    expect(extractIbans('DE00 3704 0044 0532 0130 00')).toEqual([]);
  });
});
