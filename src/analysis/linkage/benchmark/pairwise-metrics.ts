export interface PairwiseScores {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Pairwise precision, recall and F1 of a clustering against the true entities (same keys in both maps). */
export function pairwiseScores(
  truth: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): PairwiseScores {
  const byTruth = new Map<string, number>();
  const byPred = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const [id, t] of truth) {
    const p = predicted.get(id) ?? `singleton:${id}`;
    byTruth.set(t, (byTruth.get(t) ?? 0) + 1);
    byPred.set(p, (byPred.get(p) ?? 0) + 1);
    const both = `${t}\u0000${p}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, n) => a + pairs(n), 0);
  const truePairs = sum(byTruth);
  const predictedPairs = sum(byPred);
  const correctPairs = sum(byBoth);
  const precision = predictedPairs ? correctPairs / predictedPairs : 1;
  const recall = truePairs ? correctPairs / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}
