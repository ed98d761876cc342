import { describe, expect, it } from 'vitest';
import { pairwiseScores } from './pairwise-metrics.ts';

describe('pairwiseScores', () => {
  it('counts pairs from the contingency of truth and prediction', () => {
    const truth = new Map([
      ['a', '1'],
      ['b', '1'],
      ['c', '1'],
      ['d', '2'],
    ]);
    const pred = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    const s = pairwiseScores(truth, pred);
    expect(s).toMatchObject({ truePairs: 3, predictedPairs: 2, correctPairs: 1 });
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
  });
  it('is perfect on identical clusterings and on all singletons', () => {
    const truth = new Map([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(pairwiseScores(truth, truth).f1).toBe(1);
  });
});
