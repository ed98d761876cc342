import { describe, expect, it } from 'vitest';
import { extractEmails } from './emails.ts';

describe('extractEmails', () => {
  it('finds and lower-cases addresses with spans', () => {
    const text = 'mail me: John.Doe+x@Example.CO.UK, thanks';
    const [h] = extractEmails(text);
    expect(h?.value).toBe('john.doe+x@example.co.uk');
    expect(text.slice(h!.start, h!.end)).toBe('John.Doe+x@Example.CO.UK');
  });
  it('reads the spelled-out form only for mail providers', () => {
    expect(extractEmails('write to anna.b at gmail dot com').map((h) => h.value)).toEqual([
      'anna.b@gmail.com',
    ]);
    expect(extractEmails('anna (at) gmx (dot) de').map((h) => h.value)).toEqual(['anna@gmx.de']);
    expect(extractEmails('meet me at noon dot com')).toEqual([]);
  });
  it('ignores bare @handles and trailing dots', () => {
    expect(extractEmails('ping @someone')).toEqual([]);
    expect(extractEmails('x@y.com.').map((h) => h.value)).toEqual(['x@y.com']);
  });
  it('reads internationalised local parts and domains', () => {
    expect(extractEmails('write zoë@exämple.de now').map((h) => h.value)).toEqual(['zoë@exämple.de']);
    expect(extractEmails('a@b.c')).toEqual([]);
  });
  it('returns nothing on empty text', () => {
    expect(extractEmails('')).toEqual([]);
  });
});
