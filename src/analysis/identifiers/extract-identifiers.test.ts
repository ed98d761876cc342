import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from './extract-identifiers.ts';

const sentAt = Date.parse('2019-02-20T10:00:00Z');

describe('extractIdentifiers', () => {
  it('finds every kind in one message with consistent spans', () => {
    const text =
      'ok sent 50 usd, mtcn 123-456-7890. my skype: dave_1980, mail dave@example.com, ' +
      'call 0917 123 4567. flying to Manila on 12 March. iban DE89 3704 0044 0532 0130 00';
    const hits = extractIdentifiers(text, { senderCountry: 'PH', sentAt });
    const types = new Set(hits.map((h) => h.type));
    for (const t of ['amount', 'transfer_ref', 'handle', 'email', 'phone', 'travel', 'place', 'date', 'iban'])
      expect(types, t).toContain(t);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.raw);
    expect(hits.find((h) => h.type === 'phone')?.value).toBe('+639171234567');
    expect(hits.find((h) => h.type === 'travel')).toMatchObject({ value: 'PH', date: '2019-03-12' });
  });
  it('reads a number after a reference cue as a transfer reference only', () => {
    const hits = extractIdentifiers('sent! MTCN: 2125550199', { senderCountry: 'US' });
    expect(hits.map((h) => [h.type, h.value])).toEqual([['transfer_ref', '2125550199']]);
    const phone = extractIdentifiers('call me 2125550199', { senderCountry: 'US' });
    expect(phone.map((h) => h.type).sort()).toEqual(['phone', 'transfer_ref']);
  });
  it('drops numbers inside URLs, e-mails and IBANs', () => {
    const hits = extractIdentifiers('see https://x.org/1234567890 and a1234567890@example.com', {
      senderCountry: 'US',
    });
    expect(hits.map((h) => h.type).sort()).toEqual(['email', 'url']);
    const iban = extractIdentifiers('DE89370400440532013000');
    expect(iban.map((h) => h.type)).toEqual(['iban']);
  });
  it('keeps spans in UTF-16 code units around emoji and accents', () => {
    const text = '😀 café 👍 mail: zoë@example.com 😀 +49 151 23456789';
    const hits = extractIdentifiers(text);
    expect(hits.map((h) => h.type)).toEqual(['email', 'phone']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.raw);
  });
  it('is quiet on ordinary chat and empty input', () => {
    expect(extractIdentifiers('hello how are you today?')).toEqual([
      { type: 'date', value: 'today', raw: 'today', start: 18, end: 23 },
    ]);
    expect(extractIdentifiers('')).toEqual([]);
    expect(extractIdentifiers('ok')).toEqual([]);
  });
});
