import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngBomb } from '../synthetic/png-bomb.ts';
import { headerDimensions } from './image-dimensions.ts';

describe('headerDimensions', () => {
  it.each([
    ['jpeg', 'image/jpeg', 3],
    ['png', 'image/png', 3],
    ['gif', 'image/gif', 3],
  ] as const)('reads %s headers as sharp does', async (format, mime, channels) => {
    const buf = await sharp({ create: { width: 123, height: 45, channels: 3, background: '#123456' } })
      .withExif({ IFD0: { Make: 'Acme' } })
      [format]()
      .toBuffer();
    expect(headerDimensions(buf, mime)).toEqual({ width: 123, height: 45, channels });
  });

  it('tells grey from colour', async () => {
    const grey = await sharp({ create: { width: 8, height: 9, channels: 3, background: '#777' } })
      .toColourspace('b-w')
      .jpeg()
      .toBuffer();
    expect(headerDimensions(grey, 'image/jpeg')?.channels).toBe(1);
  });

  it('reads what a bomb claims and gives up on cut or unknown headers', () => {
    expect(headerDimensions(pngBomb(50_000, 50_000), 'image/png')).toMatchObject({
      width: 50_000,
      height: 50_000,
    });
    expect(headerDimensions(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg')).toBeUndefined();
    expect(headerDimensions(Buffer.from('RIFF'), 'image/webp')).toBeUndefined();
  });
});
