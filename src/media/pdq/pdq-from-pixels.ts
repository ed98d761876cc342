import { lumaFromPixels } from './luma-from-pixels.ts';
import { pdqDihedralFromLuma, pdqFromLuma, type PdqResult } from './pdq-from-luma.ts';
import type { DihedralName } from './pdq-dihedral.ts';

/** Decoded pixels as sharp's raw output gives them: interleaved 8-bit channels. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/** PDQ of decoded pixels, bit for bit as Meta's reference (including its 512×512 nearest-neighbour stretch). */
export function pdqFromPixels(img: RawImage): PdqResult {
  const { luma, rows, cols } = lumaFromPixels(img.data, img.width, img.height, img.channels);
  return pdqFromLuma(luma, rows, cols);
}

/** The eight rotation/flip hashes of decoded pixels. */
export function pdqDihedralFromPixels(img: RawImage): {
  hashes: Record<DihedralName, string>;
  quality: number;
} {
  const { luma, rows, cols } = lumaFromPixels(img.data, img.width, img.height, img.channels);
  return pdqDihedralFromLuma(luma, rows, cols);
}
