/**
 * Counts failed logins per key (a username, an IP) in a fixed window. A key over its limit is refused
 * until its window ends, whatever the password. Kept in memory: a restart forgets, which is fine for
 * one server process.
 */
export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

interface Window {
  start: number;
  failures: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const w = this.current(key);
    if (w === undefined || w.failures < this.limit.max) return 0;
    return w.start + this.limit.windowMs - this.now();
  }

  fail(key: string): void {
    const w = this.current(key) ?? { start: this.now(), failures: 0 };
    w.failures++;
    this.windows.set(key, w);
    if (this.windows.size > 100_000) this.sweep();
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string): Window | undefined {
    const w = this.windows.get(key);
    if (w !== undefined && this.now() - w.start >= this.limit.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private sweep(): void {
    for (const key of [...this.windows.keys()]) this.current(key);
  }
}
