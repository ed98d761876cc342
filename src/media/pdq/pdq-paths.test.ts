import { describe, expect, it } from 'vitest';
import { seededRandom } from '../synthetic/seeded-random.ts';
import { pdqFromPixels, pdqFromPixelsJs } from './pdq-from-pixels.ts';

/** Smooth random pictures (so hashes have structure), any size and channel count. */
function picture(width: number, height: number, channels: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const fx = 1 + rand() * 6;
  const fy = 1 + rand() * 6;
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < channels; c++)
        data[(y * width + x) * channels + c] = Math.max(
          0,
          Math.min(
            255,
            128 +
              100 * Math.sin((x / width) * fx * 6 + c) * Math.cos((y / height) * fy * 6) +
              (rand() - 0.5) * 40,
          ),
        );
  return data;
}

describe('PDQ: WebAssembly and JavaScript paths agree bit for bit', () => {
  it.each([
    [640, 480, 3],
    [1152, 864, 3],
    [513, 200, 4],
    [300, 700, 1],
    [511, 512, 2],
    [64, 64, 3],
    [97, 33, 3],
    [5, 5, 3],
    [4, 100, 3],
  ])('%i×%i with %i channels', (width, height, channels) => {
    const img = { data: picture(width, height, channels, width * 7 + height), width, height, channels };
    expect(pdqFromPixels(img)).toEqual(pdqFromPixelsJs(img));
  });
});

describe('PDQ dihedral hashes: both paths agree', () => {
  it('on a stretched colour picture', async () => {
    const { pdqDihedralFromPixels } = await import('./pdq-from-pixels.ts');
    const { lumaFromPixels } = await import('./luma-from-pixels.ts');
    const { pdqDihedralFromLuma } = await import('./pdq-from-luma.ts');
    const img = { data: picture(700, 600, 3, 5), width: 700, height: 600, channels: 3 };
    const l = lumaFromPixels(img.data, img.width, img.height, img.channels);
    expect(pdqDihedralFromPixels(img)).toEqual(pdqDihedralFromLuma(l.luma, l.rows, l.cols));
  });
});
