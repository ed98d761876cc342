import { describe, expect, it } from 'vitest';
import { extractTransferReferences } from './transfer-references.ts';

const values = (t: string) => extractTransferReferences(t).map((h) => h.value);

describe('extractTransferReferences', () => {
  it('reads grouped and plain MTCNs as digits', () => {
    expect(values('mtcn 123-456-7890 sent')).toEqual(['1234567890']);
    expect(values('ref: 1234 5678 90.')).toEqual(['1234567890']);
    expect(values('control no 8876543210')).toEqual(['8876543210']);
  });
  it('reads upper-case codes with a digit, and letter-only codes after a cue', () => {
    expect(values('code AB12C3456789 ok')).toEqual(['AB12C3456789']);
    expect(values('RMABCDE2FG and X04A1F3B2C')).toEqual(['RMABCDE2FG', 'X04A1F3B2C']);
    expect(values('HELLOWORLD and ab12c3456789')).toEqual([]);
    expect(values('ref: RMABCDEFGH')).toEqual(['RMABCDEFGH']);
    expect(values('tracking no RMABCDEFGH!')).toEqual(['RMABCDEFGH']);
    expect(values('reference thankyouuu')).toEqual([]);
  });
  it('skips short runs, amounts, dates and phone numbers with +', () => {
    expect(values('sent 1500 php on 2019-03-12')).toEqual([]);
    expect(values('call +639171234567')).toEqual([]);
    expect(values('1,500,000.00')).toEqual([]);
  });
  it('keeps the span of the raw text', () => {
    const [h] = extractTransferReferences('x 123 456 7890 y');
    expect(h?.raw).toBe('123 456 7890');
    expect(h?.start).toBe(2);
  });
});
