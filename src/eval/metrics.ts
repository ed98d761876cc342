export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(tp: number, predicted: number, actual: number): PRF {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = actual === 0 ? 0 : tp / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Pairwise precision and recall of a clustering against the truth, over the items both know:
 * counted from cluster sizes, never by enumerating pairs.
 */
export function pairwise(
  predicted: ReadonlyMap<string, string>,
  actual: ReadonlyMap<string, string>,
): PRF & { pairs_predicted: number; pairs_actual: number } {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const items = [...predicted.keys()].filter((k) => actual.has(k));
  const count = (f: (k: string) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const k of items) m.set(f(k), (m.get(f(k)) ?? 0) + 1);
    return m;
  };
  const sumPairs = (m: Map<string, number>): number => [...m.values()].reduce((a, n) => a + pairs(n), 0);
  const p = sumPairs(count((k) => predicted.get(k)!));
  const a = sumPairs(count((k) => actual.get(k)!));
  const tp = sumPairs(count((k) => `${predicted.get(k)!}\u0000${actual.get(k)!}`));
  return { ...prf(tp, p, a), pairs_predicted: p, pairs_actual: a };
}
