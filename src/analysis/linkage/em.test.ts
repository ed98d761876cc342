import { describe, expect, it } from 'vitest';
import { estimateParameters } from './em.ts';
import { mulberry32 } from './random-pairs-u.ts';

describe('estimateParameters', () => {
  it('recovers m, u and lambda from a simulated two-class mixture without labels', () => {
    const rand = mulberry32(7);
    const trueM = [0.9, 0.85, 0.8];
    const trueU = [0.05, 0.1, 0.2];
    const n = 20_000;
    const vectors = new Int8Array(n * 3);
    for (let k = 0; k < n; k++) {
      const match = rand() < 0.2;
      for (let f = 0; f < 3; f++) vectors[k * 3 + f] = rand() < (match ? trueM[f]! : trueU[f]!) ? 0 : 1;
    }
    const p = estimateParameters(
      vectors,
      [2, 2, 2],
      [
        [0.3, 0.7],
        [0.3, 0.7],
        [0.3, 0.7],
      ],
    );
    expect(p.lambda).toBeCloseTo(0.2, 1);
    for (let f = 0; f < 3; f++) {
      expect(p.m[f]![0]).toBeCloseTo(trueM[f]!, 1);
      expect(p.u[f]![0]).toBeCloseTo(trueU[f]!, 1);
    }
  });
  it('skips missing levels and keeps u fixed on request', () => {
    const vectors = Int8Array.from([0, -1, 1, -1, 0, 0]);
    const u = [
      [0.1, 0.9],
      [0.2, 0.8],
    ];
    const p = estimateParameters(vectors, [2, 2], u, { fixU: true });
    expect(p.u).toEqual(u);
    expect(p.m[0]![0]! + p.m[0]![1]!).toBeCloseTo(1, 9);
  });
  it('handles no pairs', () => {
    expect(estimateParameters(new Int8Array(0), [2], [[0.5, 0.5]]).converged).toBe(true);
  });
});
