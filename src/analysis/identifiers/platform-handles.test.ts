import { describe, expect, it } from 'vitest';
import { extractPlatformHandles } from './platform-handles.ts';

const values = (t: string) => extractPlatformHandles(t).map((h) => h.value);

describe('extractPlatformHandles', () => {
  it('reads the common phrasings', () => {
    expect(values('add me on skype: john.smith_77')).toEqual(['skype:john.smith_77']);
    expect(values('my whatsapp is +63 917 123 4567')).toEqual(['whatsapp:+639171234567']);
    expect(values('viber 09171234567')).toEqual(['viber:09171234567']);
    expect(values('find me on telegram @Blue_Sky')).toEqual(['telegram:blue_sky']);
    expect(values('Skype ID - live:cid.123')).toEqual(['skype:live:cid.123']);
    expect(values('my skype is dave')).toEqual(['skype:dave']);
    expect(values('skype id: anna.k.')).toEqual(['skype:anna.k']);
  });
  it('reads disclosures that name no platform', () => {
    expect(values('add my other account blue_sky77')).toEqual(['*:blue_sky77']);
    expect(values('if i am offline use live:.cid.0a1b2c3d4e5f6a7b')).toEqual([
      'skype:live:.cid.0a1b2c3d4e5f6a7b',
    ]);
    expect(values('new account: +639171234567')).toEqual(['*:+639171234567']);
    expect(values('my skype is live:.cid.0a1b2c3d4e5f6a7b')).toEqual(['skype:live:.cid.0a1b2c3d4e5f6a7b']);
    expect(values('new account: anna@example.com')).toEqual([]);
    expect(values('my new account is ready')).toEqual([]);
  });
  it('keeps the span of the handle only', () => {
    const text = 'add me on kik: dave_1980 thanks';
    const [h] = extractPlatformHandles(text);
    expect(text.slice(h!.start, h!.end)).toBe('dave_1980');
    expect(h?.platform).toBe('kik');
  });
  it('ignores ordinary words after a platform name', () => {
    expect(values('skype is down again')).toEqual([]);
    expect(values('we talk on skype later')).toEqual([]);
    expect(values('stand in line today')).toEqual([]);
    expect(values('on line: bobby88')).toEqual(['line:bobby88']);
  });
});
