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
  it('skips short texts, numbers and addresses', () => {
    expect(languageProfile(['ok', '123456789', 'a@b.com https://x.org'])).toEqual([]);
  });
});
