import { describe, expect, it } from 'vitest';
import { languageProfile } from './language-profile.ts';

describe('languageProfile', () => {
  it('aggregates reliable detections by length', () => {
    const p = languageProfile([
      'Hallo, wie geht es dir heute? Ich habe das Geld geschickt.',
      'Wann bist du morgen online? Ich warte auf deine Nachricht.',
      'ok',
      'see you tomorrow at the usual time, my friend',
    ]);
    expect(p[0]!.language).toBe('de');
    expect(p[0]!.share).toBeGreaterThan(0.5);
    expect(p.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 9);
  });
  it('reads at most `limit` messages, spread over the input', () => {
    const texts = [
      ...Array<string>(50).fill('Ich habe das Geld gestern geschickt, bis morgen.'),
      ...Array<string>(50).fill('I sent the money yesterday, see you tomorrow.'),
    ];
    const p = languageProfile(texts, 10);
    expect(p.reduce((a, x) => a + x.messages, 0)).toBeLessThanOrEqual(10);
    expect(p.map((x) => x.language).sort()).toEqual(['de', 'en']);
  });
  it('skips short texts, numbers and addresses', () => {
    expect(languageProfile(['ok', '123456789', 'a@b.com https://x.org'])).toEqual([]);
  });
});
