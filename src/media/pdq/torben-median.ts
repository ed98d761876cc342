const f = Math.fround;

/**
 * Median of float32 values by Torben Mogensen's method, reproducing the PDQ reference's
 * float32 arithmetic and its choice for even counts (so ties and halves resolve identically).
 */
export function torbenMedian(m: Float32Array): number {
  const n = m.length;
  const half = (n + 1) >> 1;
  let min = m[0] ?? 0;
  let max = min;
  for (let i = 1; i < n; i++) {
    const v = m[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let less = 0;
  let greater = 0;
  let equal = 0;
  let guess = 0;
  let maxLtGuess = min;
  let minGtGuess = max;
  for (;;) {
    guess = f(f(min + max) / 2);
    less = 0;
    greater = 0;
    equal = 0;
    maxLtGuess = min;
    minGtGuess = max;
    for (let i = 0; i < n; i++) {
      const v = m[i]!;
      if (v < guess) {
        less++;
        if (v > maxLtGuess) maxLtGuess = v;
      } else if (v > guess) {
        greater++;
        if (v < minGtGuess) minGtGuess = v;
      } else equal++;
    }
    if (less <= half && greater <= half) break;
    if (less > greater) max = maxLtGuess;
    else min = minGtGuess;
  }
  if (less >= half) return maxLtGuess;
  if (less + equal >= half) return guess;
  return minGtGuess;
}
