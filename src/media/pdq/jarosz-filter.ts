const f = Math.fround;

/** Window size per pass so two box passes cover one output cell (the reference's rounding up). */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/** One centred box filter along a vector, float32 running sum, exactly as the PDQ reference. */
export function box1d(
  input: Float32Array,
  output: Float32Array,
  start: number,
  length: number,
  stride: number,
  window: number,
): void {
  const halfWindow = (window + 2) >> 1;
  const phase1 = halfWindow - 1;
  const phase2 = window - halfWindow + 1;
  const phase3 = length - window;
  const phase4 = halfWindow - 1;
  let li = start;
  let ri = start;
  let oi = start;
  let sum = 0;
  let size = 0;
  for (let i = 0; i < phase1; i++) {
    sum = f(sum + input[ri]!);
    size++;
    ri += stride;
  }
  for (let i = 0; i < phase2; i++) {
    sum = f(sum + input[ri]!);
    size++;
    output[oi] = sum / size;
    ri += stride;
    oi += stride;
  }
  for (let i = 0; i < phase3; i++) {
    sum = f(sum + input[ri]!);
    sum = f(sum - input[li]!);
    output[oi] = sum / size;
    li += stride;
    ri += stride;
    oi += stride;
  }
  for (let i = 0; i < phase4; i++) {
    sum = f(sum - input[li]!);
    size--;
    output[oi] = sum / size;
    li += stride;
    oi += stride;
  }
}

/**
 * The box filter down every column at once, row by row (cache-friendly); per column the
 * additions, subtractions and divisions are the same float32 operations in the same order as `box1d`.
 */
function boxAlongCols(
  input: Float32Array,
  output: Float32Array,
  rows: number,
  cols: number,
  window: number,
): void {
  const halfWindow = (window + 2) >> 1;
  const phase1 = halfWindow - 1;
  const phase2 = window - halfWindow + 1;
  const phase3 = rows - window;
  const phase4 = halfWindow - 1;
  const sum = new Float32Array(cols);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let size = 0;
  for (let i = 0; i < phase1; i++, ri += cols) {
    for (let j = 0; j < cols; j++) sum[j] = sum[j]! + input[ri + j]!;
    size++;
  }
  for (let i = 0; i < phase2; i++, ri += cols, oi += cols) {
    size++;
    for (let j = 0; j < cols; j++) {
      const s = f(sum[j]! + input[ri + j]!);
      sum[j] = s;
      output[oi + j] = s / size;
    }
  }
  for (let i = 0; i < phase3; i++, ri += cols, li += cols, oi += cols) {
    for (let j = 0; j < cols; j++) {
      const s = f(f(sum[j]! + input[ri + j]!) - input[li + j]!);
      sum[j] = s;
      output[oi + j] = s / size;
    }
  }
  for (let i = 0; i < phase4; i++, li += cols, oi += cols) {
    size--;
    for (let j = 0; j < cols; j++) {
      const s = f(sum[j]! - input[li + j]!);
      sum[j] = s;
      output[oi + j] = s / size;
    }
  }
}

/**
 * The Jarosz tent filter: `passes` rounds of a box along rows then along columns.
 * Reads and leaves the result in `buffer1`; `buffer2` is scratch of the same size.
 */
export function jaroszFilter(
  buffer1: Float32Array,
  buffer2: Float32Array,
  rows: number,
  cols: number,
  windowAlongRows: number,
  windowAlongCols: number,
  passes: number,
): void {
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < rows; i++) box1d(buffer1, buffer2, i * cols, cols, 1, windowAlongRows);
    boxAlongCols(buffer2, buffer1, rows, cols, windowAlongCols);
  }
}

/** Nearest sample at each output cell's centre. */
export function decimate(
  input: Float32Array,
  rows: number,
  cols: number,
  outRows: number,
  outCols: number,
): Float32Array {
  const out = new Float32Array(outRows * outCols);
  for (let oi = 0; oi < outRows; oi++) {
    const ii = Math.trunc(((oi + 0.5) * rows) / outRows);
    for (let oj = 0; oj < outCols; oj++) {
      const ij = Math.trunc(((oj + 0.5) * cols) / outCols);
      out[oi * outCols + oj] = input[ii * cols + ij]!;
    }
  }
  return out;
}
