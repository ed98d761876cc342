import { dct64To16 } from './dct-64-to-16.ts';
import { lumaFromPixels } from './luma-from-pixels.ts';
import { pdqBitsToHex } from './pdq-bits.ts';
import { PDQ_MIN_DIM, pdqDihedralFromLuma, pdqFromLuma, type PdqResult } from './pdq-from-luma.ts';
import { pdqQuality } from './pdq-quality.ts';
import { dct64To16Wasm, pdqBlockFromPixelsWasm } from './wasm/pdq-wasm.ts';
import { DIHEDRAL_NAMES, dihedralDct, type DihedralName } from './pdq-dihedral.ts';

/** Decoded pixels as sharp's raw output gives them: interleaved 8-bit channels. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/** The 16×16 DCT and quality through WebAssembly, or undefined where the JS path must be used. */
function fastDct(img: RawImage): { dct: Float32Array; quality: number } | undefined {
  const small = img.width < PDQ_MIN_DIM || img.height < PDQ_MIN_DIM;
  const exact64 = img.width === 64 && img.height === 64; // the reference skips the filter there
  if (small || exact64) return undefined;
  const fast = pdqBlockFromPixelsWasm(img.data, img.width, img.height, img.channels);
  if (!fast) return undefined;
  return { dct: dct64To16Wasm(fast.block) ?? dct64To16(fast.block), quality: pdqQuality(fast.block) };
}

/** PDQ of decoded pixels, bit for bit as Meta's reference (including its 512×512 nearest-neighbour stretch). */
export function pdqFromPixels(img: RawImage): PdqResult {
  const fast = fastDct(img);
  if (fast) return { hash: pdqBitsToHex(fast.dct), quality: fast.quality };
  return pdqFromPixelsJs(img);
}

/** The same in plain JavaScript (no WebAssembly); the reference port the fast path is tested against. */
export function pdqFromPixelsJs(img: RawImage): PdqResult {
  const { luma, rows, cols } = lumaFromPixels(img.data, img.width, img.height, img.channels);
  return pdqFromLuma(luma, rows, cols);
}

/** The eight rotation/flip hashes of decoded pixels, from one DCT. */
export function pdqDihedralFromPixels(img: RawImage): {
  hashes: Record<DihedralName, string>;
  quality: number;
} {
  const fast = fastDct(img);
  if (fast) {
    const hashes = {} as Record<DihedralName, string>;
    for (const n of DIHEDRAL_NAMES) hashes[n] = pdqBitsToHex(dihedralDct(fast.dct, n));
    return { hashes, quality: fast.quality };
  }
  const { luma, rows, cols } = lumaFromPixels(img.data, img.width, img.height, img.channels);
  return pdqDihedralFromLuma(luma, rows, cols);
}
