import { describe, expect, it } from 'vitest';
import { addressTokens, nameTokens, normaliseDob, normalisePhone, splitFullName } from './normalise.ts';

describe('normalise', () => {
  it('transliterates names and drops titles and punctuation', () => {
    expect(nameTokens('Dr. Jürgen  Müller-Lüdenscheidt')).toEqual(['jurgen', 'mullerludenscheidt']);
    expect(nameTokens("O'Brien")).toEqual(['obrien']);
    expect(nameTokens('')).toEqual([]);
  });
  it('splits full names with and without a comma', () => {
    expect(splitFullName('SMITH, John Paul')).toEqual({ surname: 'smith', given: 'john paul' });
    expect(splitFullName('John Paul Smith')).toEqual({ surname: 'smith', given: 'john paul' });
    expect(splitFullName('Madonna')).toEqual({ surname: 'madonna', given: null });
  });
  it('reads dates of birth in common forms', () => {
    expect(normaliseDob('1956-04-12')).toBe('19560412');
    expect(normaliseDob('19560412')).toBe('19560412');
    expect(normaliseDob('12/04/1956')).toBe('19560412');
    expect(normaliseDob('04/25/1956')).toBe('19560425');
    expect(normaliseDob('1956')).toBeNull();
    expect(normaliseDob('')).toBeNull();
  });
  it('expands street abbreviations and keeps the tail of phone numbers', () => {
    expect(addressTokens('12 Main St.')).toEqual(['12', 'main', 'street']);
    expect(normalisePhone('+61 2 9876 5432')).toBe(normalisePhone('(02) 9876 5432'));
    expect(normalisePhone('123')).toBeNull();
  });
});
