import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../decode/decode-image.ts';
import { pdqFromPixels } from '../pdq/pdq-from-pixels.ts';
import { syntheticImage } from '../synthetic/synthetic-image.ts';
import { withExifThumbnail } from '../synthetic/with-exif-thumbnail.ts';
import { exifFactsFromRaw, gpsDegrees, readExif } from './read-exif.ts';
import { thumbnailDistance } from './thumbnail-distance.ts';

describe('readExif', () => {
  it('reads position, time with offset, camera and serials without shifting the time', async () => {
    const buf = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
      .withExif({
        IFD0: { Make: 'Acme', Model: 'Cam 1', Software: 'Editor 2' },
        IFD2: {
          DateTimeOriginal: '2019:03:04 21:15:00',
          OffsetTimeOriginal: '+08:00',
          BodySerialNumber: 'B123',
          LensSerialNumber: 'L9',
        },
        IFD3: {
          GPSLatitudeRef: 'S',
          GPSLatitude: '33/1 52/1 3036/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '151/1 12/1 0/1',
        },
      })
      .jpeg()
      .toBuffer();
    const facts = await readExif(buf);
    expect(facts).toMatchObject({
      make: 'Acme',
      model: 'Cam 1',
      software: 'Editor 2',
      bodySerialNumber: 'B123',
      lensSerialNumber: 'L9',
      dateTimeOriginal: '2019:03:04 21:15:00',
      offsetTimeOriginal: '+08:00',
      takenAt: '2019-03-04T21:15:00+08:00',
    });
    expect(facts?.lat).toBeCloseTo(-33.8751, 4);
    expect(facts?.lon).toBeCloseTo(151.2, 4);
  });

  it('returns undefined for files without EXIF or not images', async () => {
    expect(await readExif(Buffer.from('garbage'))).toBeUndefined();
    expect(await readExif(Buffer.alloc(0))).toBeUndefined();
  });

  it('ignores impossible positions and malformed values', () => {
    expect(gpsDegrees([10, 30, 0], 'W')).toBe(-10.5);
    expect(gpsDegrees('x', 'N')).toBeUndefined();
    expect(exifFactsFromRaw({ GPSLatitude: [200, 0, 0], GPSLongitude: [0, 0, 0], Make: 7 })).toEqual({
      make: '7',
    });
  });

  it("measures the embedded thumbnail's distance: near for the camera's own, far after an edit", async () => {
    const main = await syntheticImage({ seed: 11, kind: 'noise' });
    const other = await syntheticImage({ seed: 12, kind: 'noise' });
    const decoded = await decodeImage(main, 'image/jpeg');
    if (!decoded.ok) throw new Error(decoded.error.message);
    const hash = pdqFromPixels(decoded.image).hash;
    const own = withExifThumbnail(main, await sharp(main).resize(160, 120).jpeg().toBuffer());
    const edited = withExifThumbnail(main, await sharp(other).resize(160, 120).jpeg().toBuffer());
    expect(await thumbnailDistance(own, hash)).toBeLessThanOrEqual(31);
    expect(await thumbnailDistance(edited, hash)).toBeGreaterThan(64);
    expect(await thumbnailDistance(main, hash)).toBeUndefined();
  });
});
