import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees what is no longer referenced, without a node flag', () => {
    let junk: { i: number; s: string }[] | null = Array.from({ length: 500_000 }, (_, i) => ({
      i,
      s: `x${i}`,
    }));
    const held = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(500_000);
    junk = null;
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 10_000_000);
  });
});
