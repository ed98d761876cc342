import { torbenMedian } from './torben-median.ts';

/**
 * 256 bits from a 16×16 DCT block: bit i*16+j is set when B[i][j] exceeds the median.
 * Hex in the reference's order: sixteen 16-bit words, row 15 first.
 */
export function pdqBitsToHex(b: Float32Array): string {
  const median = torbenMedian(b);
  let hex = '';
  for (let i = 15; i >= 0; i--) {
    let word = 0;
    for (let j = 0; j < 16; j++) if (b[i * 16 + j]! > median) word |= 1 << j;
    hex += word.toString(16).padStart(4, '0');
  }
  return hex;
}
