import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('refuses a key after max failures until its window ends', () => {
    let now = 1000;
    const rl = new RateLimiter({ max: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i++) {
      expect(rl.retryAfter('u')).toBe(0);
      rl.fail('u');
    }
    expect(rl.retryAfter('u')).toBe(60_000);
    expect(rl.retryAfter('other')).toBe(0);
    now += 59_000;
    expect(rl.retryAfter('u')).toBe(1_000);
    now += 1_000;
    expect(rl.retryAfter('u')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const rl = new RateLimiter({ max: 1, windowMs: 60_000 });
    rl.fail('u');
    expect(rl.retryAfter('u')).toBeGreaterThan(0);
    rl.reset('u');
    expect(rl.retryAfter('u')).toBe(0);
  });
});
