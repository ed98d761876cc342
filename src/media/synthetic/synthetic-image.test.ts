import { describe, expect, it } from 'vitest';
import { decodeImage } from '../decode/decode-image.ts';
import { hammingDistance } from '../pdq/hamming-distance.ts';
import { pdqDihedralFromPixels, pdqFromPixels } from '../pdq/pdq-from-pixels.ts';
import { imageVariant, type ImageVariant } from './image-variants.ts';
import { SYNTHETIC_IMAGE_KINDS, syntheticImage } from './synthetic-image.ts';

async function pdqOf(buf: Buffer) {
  const d = await decodeImage(buf, 'image/jpeg');
  if (!d.ok) throw new Error(d.error.message);
  return d.image;
}

describe('synthetic images', () => {
  it.each(SYNTHETIC_IMAGE_KINDS)('%s is deterministic and hashable with full quality', async (kind) => {
    const a = await syntheticImage({ seed: 1, kind, width: 320, height: 240 });
    const b = await syntheticImage({ seed: 1, kind, width: 320, height: 240 });
    expect(a.equals(b)).toBe(true);
    expect(pdqFromPixels(await pdqOf(a)).quality).toBeGreaterThanOrEqual(50);
  });

  it('variants stay near the original; other seeds are far', async () => {
    const base = await syntheticImage({ seed: 5, kind: 'noise' });
    const h = pdqFromPixels(await pdqOf(base)).hash;
    const near: ImageVariant[] = ['resized', 'recompressed', 'colour-shifted', 'greyscale', 'webp'];
    for (const v of near)
      expect(
        hammingDistance(h, pdqFromPixels(await pdqOf(await imageVariant(base, v))).hash),
        v,
      ).toBeLessThanOrEqual(31);
    for (const v of ['rotated', 'flipped'] as const) {
      const d = pdqDihedralFromPixels(await pdqOf(await imageVariant(base, v)));
      expect(Math.min(...Object.values(d.hashes).map((x) => hammingDistance(h, x))), v).toBeLessThanOrEqual(
        31,
      );
    }
    const other = pdqFromPixels(await pdqOf(await syntheticImage({ seed: 6, kind: 'noise' }))).hash;
    expect(hammingDistance(h, other)).toBeGreaterThan(64);
  });
});
