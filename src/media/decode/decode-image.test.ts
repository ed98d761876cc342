import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { syntheticImage } from '../synthetic/synthetic-image.ts';
import { decodeImage } from './decode-image.ts';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A few hundred bytes of PNG whose header claims a huge canvas. */
export function pngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64 * 1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

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
