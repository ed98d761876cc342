import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngBomb } from '../synthetic/png-bomb.ts';
import { syntheticImage } from '../synthetic/synthetic-image.ts';
import { decodeImage } from './decode-image.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hammingDistance } from '../pdq/hamming-distance.ts';
import { pdqFromPixels } from '../pdq/pdq-from-pixels.ts';
import { syntheticHeic } from '../synthetic/synthetic-heic.ts';
import { tempDir } from '../testing/temp-dir.ts';

describe('decodeImage', () => {
  it.each(['jpeg', 'png', 'webp', 'tiff', 'gif', 'avif'] as const)(
    'decodes %s to 8-bit pixels',
    async (format) => {
      const buf = await syntheticImage({ seed: 2, kind: 'shapes', width: 96, height: 64, format });
      const mime = format === 'jpeg' ? 'image/jpeg' : `image/${format}`;
      const r = await decodeImage(buf, mime);
      expect(r.ok).toBe(true);
      if (r.ok) expect([r.image.width, r.image.height]).toEqual([96, 64]);
    },
  );

  it('keeps stored pixel values when a colour profile is embedded (no ICC conversion, as the reference)', async () => {
    const base = await syntheticImage({ seed: 9, kind: 'noise', width: 64, height: 48 });
    const p3 = await sharp(base).withIccProfile('p3').jpeg().toBuffer();
    const r = await decodeImage(p3, 'image/jpeg');
    const stored = await sharp(p3, { ignoreIcc: true }).raw().toBuffer();
    expect(r.ok && Buffer.from(r.image.data).equals(stored)).toBe(true);
  });

  it('refuses a decompression bomb from its header', async () => {
    const r = await decodeImage(pngBomb(50_000, 50_000), 'image/png');
    expect(r).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('records truncated and corrupt files', async () => {
    const jpeg = await syntheticImage({ seed: 3, kind: 'noise', width: 320, height: 240 });
    const cut = await decodeImage(jpeg.subarray(0, jpeg.length >> 1), 'image/jpeg');
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(['truncated', 'corrupt']).toContain(cut.error.code);
    const junk = await decodeImage(Buffer.from('not an image at all'), 'image/jpeg');
    expect(junk.ok).toBe(false);
    const empty = await decodeImage(Buffer.alloc(0), 'image/png');
    expect(empty.ok).toBe(false);
  });

  it('decodes HEIC (HEVC still in a HEIF container) through the WebAssembly decoder', async () => {
    const png = await syntheticImage({ seed: 3, kind: 'noise', width: 320, height: 240, format: 'png' });
    const src = join(tempDir('vigil-heic-'), 'src.png');
    writeFileSync(src, png);
    const heic = await syntheticHeic(src, 320, 240);
    if (typeof heic === 'string') throw new Error(heic);
    const r = await decodeImage(heic, 'image/heic');
    expect(r.ok).toBe(true);
    const p = await decodeImage(png, 'image/png');
    if (!r.ok || !p.ok) return;
    expect([r.image.width, r.image.height, r.image.channels]).toEqual([320, 240, 4]);
    expect(hammingDistance(pdqFromPixels(r.image).hash, pdqFromPixels(p.image).hash)).toBeLessThanOrEqual(16);
  });

  it('fails HEIC garbage as a value', async () => {
    const r = await decodeImage(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic garbage'), 'image/heic');
    expect(r.ok).toBe(false);
  });

  it('keeps a greyscale image single-channel (as the reference reads it)', async () => {
    const grey = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#808080' } })
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const r = await decodeImage(grey, 'image/png');
    expect(r.ok && r.image.channels).toBe(1);
  });
});
