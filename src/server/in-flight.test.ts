import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight.ts';

describe('InFlight', () => {
  it('refuses a user a third concurrent request, not other users, and frees slots when done', async () => {
    const limit = new InFlight(2);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow = () => limit.run(1, 'searches', () => gate.then(() => 'done'));
    const a = slow();
    const b = slow();
    await expect(slow()).rejects.toMatchObject({ status: 429, code: 'busy' });
    await expect(limit.run(2, 'searches', () => Promise.resolve('other user'))).resolves.toBe('other user');
    release();
    expect(await Promise.all([a, b])).toEqual(['done', 'done']);
    await expect(limit.run(1, 'searches', () => Promise.resolve('again'))).resolves.toBe('again');
  });
});
