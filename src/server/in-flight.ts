import { VigilError } from '../core/errors.ts';

/**
 * At most `max` requests of one kind per user at once, so one user's burst of slow searches cannot
 * fill the reader threads' queue ahead of everyone else.
 */
export class InFlight {
  private readonly running = new Map<number, number>();

  constructor(private readonly max: number) {}

  async run<T>(userId: number, what: string, fn: () => Promise<T>): Promise<T> {
    const n = this.running.get(userId) ?? 0;
    if (n >= this.max)
      throw new VigilError(`You already have ${n} ${what} running: wait for one to finish.`, 429, 'busy');
    this.running.set(userId, n + 1);
    try {
      return await fn();
    } finally {
      const left = (this.running.get(userId) ?? 1) - 1;
      if (left === 0) this.running.delete(userId);
      else this.running.set(userId, left);
    }
  }
}
