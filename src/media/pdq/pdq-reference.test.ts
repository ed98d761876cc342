import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { env } from '../../core/config.ts';
import { pdqDihedralFromPixels, pdqFromPixels, pdqFromPixelsJs } from './pdq-from-pixels.ts';

/** shared/ lies beside the repository (shared/README.md), or where $VIGIL_SHARED says. */
const SHARED = env().VIGIL_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url));
const DIR = join(SHARED, 'data', 'pdq');
const rows = readFileSync(join(DIR, 'expected.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => {
    const [file, pdq, quality] = l.split(',');
    return { file: file!, pdq: pdq!, quality: Number(quality) };
  });

async function decode(file: string) {
  const { data, info } = await sharp(join(DIR, file)).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

describe("PDQ against Meta's reference hashes", () => {
  it('has reference rows to check', () => expect(rows.length).toBeGreaterThanOrEqual(11));
  it.each(rows)(
    '$file matches hash and quality exactly (WebAssembly path)',
    async ({ file, pdq, quality }) => {
      const r = pdqFromPixels(await decode(file));
      expect(r.hash).toBe(pdq);
      expect(r.quality).toBe(quality);
    },
  );

  it.each(rows)(
    '$file matches hash and quality exactly (JavaScript path)',
    async ({ file, pdq, quality }) => {
      const r = pdqFromPixelsJs(await decode(file));
      expect(r.hash).toBe(pdq);
      expect(r.quality).toBe(quality);
    },
  );

  it('derives the seven other orientations of the original from one DCT', async () => {
    const d = pdqDihedralFromPixels(await decode('bridge-1-original.jpg'));
    const byName = Object.fromEntries(rows.map((r) => [r.file, r.pdq]));
    expect(d.hashes.original).toBe(byName['bridge-1-original.jpg']);
    // The reference files are re-encoded, so their hashes are near (not equal to) the derived ones.
    const pairs: [keyof typeof d.hashes, string][] = [
      ['rotate90', 'bridge-2-rotate-90.jpg'],
      ['rotate180', 'bridge-3-rotate-180.jpg'],
      ['rotate270', 'bridge-4-rotate-270.jpg'],
      ['flipX', 'bridge-5-flipx.jpg'],
      ['flipY', 'bridge-6-flipy.jpg'],
      ['flipPlus1', 'bridge-7-flip-plus-1.jpg'],
      ['flipMinus1', 'bridge-8-flip-minus-1.jpg'],
    ];
    const { hammingDistance } = await import('./hamming-distance.ts');
    for (const [name, file] of pairs)
      expect(hammingDistance(d.hashes[name], byName[file]!)).toBeLessThanOrEqual(31);
  });
});
