import { decodeImage } from '../decode/decode-image.ts';
import { hammingDistance } from '../pdq/hamming-distance.ts';
import { pdqFromPixels } from '../pdq/pdq-from-pixels.ts';
import { readExifThumbnail } from './read-exif.ts';

/** Thumbnails are small; refuse anything claiming more pixels than a preview would have. */
const THUMBNAIL_MAX_PIXELS = 4_000_000;

/**
 * PDQ distance between an image's embedded EXIF thumbnail and its main picture (hash given),
 * or `undefined` when there is no decodable thumbnail. A large distance means the picture was
 * changed after the camera wrote the thumbnail.
 */
export async function thumbnailDistance(data: Uint8Array, mainHash: string): Promise<number | undefined> {
  const thumb = await readExifThumbnail(data);
  if (!thumb || thumb.length === 0) return undefined;
  const decoded = await decodeImage(thumb, 'image/jpeg', { maxPixels: THUMBNAIL_MAX_PIXELS });
  if (!decoded.ok) return undefined;
  return hammingDistance(pdqFromPixels(decoded.image).hash, mainHash);
}
