import { dct64To16 } from './dct-64-to-16.ts';
import { decimate, jaroszFilter, jaroszWindowSize } from './jarosz-filter.ts';
import { pdqBitsToHex } from './pdq-bits.ts';
import { DIHEDRAL_NAMES, dihedralDct, type DihedralName } from './pdq-dihedral.ts';
import { pdqQuality } from './pdq-quality.ts';

export interface PdqResult {
  /** 64 hex digits, the reference's text form. */
  hash: string;
  /** 0..100; below 50 the hash is not trusted for matching. */
  quality: number;
}

/** Smallest side the reference hashes; smaller images get an all-zero hash with quality 0. */
export const PDQ_MIN_DIM = 5;
const ZERO_HASH = '0'.repeat(64);

/** Blur, decimate to 64×64, quality and 16×16 DCT. `luma` is consumed (used as scratch). */
export function pdqDct(
  luma: Float32Array,
  rows: number,
  cols: number,
): { dct: Float32Array; quality: number } {
  let block: Float32Array;
  if (rows === 64 && cols === 64) block = luma;
  else {
    const scratch = new Float32Array(rows * cols);
    jaroszFilter(luma, scratch, rows, cols, jaroszWindowSize(cols, 64), jaroszWindowSize(rows, 64), 2);
    block = decimate(luma, rows, cols, 64, 64);
  }
  return { dct: dct64To16(block), quality: pdqQuality(block) };
}

/** PDQ hash and quality of a float luma plane (rows × cols, row-major), bit for bit as the reference. */
export function pdqFromLuma(luma: Float32Array, rows: number, cols: number): PdqResult {
  if (rows < PDQ_MIN_DIM || cols < PDQ_MIN_DIM) return { hash: ZERO_HASH, quality: 0 };
  const { dct, quality } = pdqDct(luma, rows, cols);
  return { hash: pdqBitsToHex(dct), quality };
}

/** The hashes of all eight rotations and flips from one pass. */
export function pdqDihedralFromLuma(
  luma: Float32Array,
  rows: number,
  cols: number,
): { hashes: Record<DihedralName, string>; quality: number } {
  const hashes = {} as Record<DihedralName, string>;
  if (rows < PDQ_MIN_DIM || cols < PDQ_MIN_DIM) {
    for (const n of DIHEDRAL_NAMES) hashes[n] = ZERO_HASH;
    return { hashes, quality: 0 };
  }
  const { dct, quality } = pdqDct(luma, rows, cols);
  for (const n of DIHEDRAL_NAMES) hashes[n] = pdqBitsToHex(dihedralDct(dct, n));
  return { hashes, quality };
}
