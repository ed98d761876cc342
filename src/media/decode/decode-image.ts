import sharp from 'sharp';
import decodeHeic from 'heic-decode';
import type { RawImage } from '../pdq/pdq-from-pixels.ts';
import { headerDimensions } from './image-dimensions.ts';
import { classifyDecodeError, mediaError, type MediaError } from './media-error.ts';

export interface DecodeLimits {
  /** Largest width × height decoded; headers claiming more are refused before decoding (bombs). */
  maxPixels: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = Object.freeze({ maxPixels: 100_000_000 });

export type DecodeResult = { ok: true; image: RawImage } | { ok: false; error: MediaError };

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Header dimensions without decoding, or an error value. */
export async function imageHeader(
  input: string | Uint8Array,
): Promise<{ width: number; height: number; channels: number } | MediaError> {
  try {
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height) return mediaError('corrupt', 'no dimensions in header');
    return { width: meta.width, height: meta.height, channels: meta.channels ?? 3 };
  } catch (e) {
    return classifyDecodeError(messageOf(e));
  }
}

async function decodeWithSharp(
  input: string | Uint8Array,
  mime: string,
  limits: DecodeLimits,
): Promise<DecodeResult> {
  // Bytes in hand: read the header ourselves (one decoder round trip fewer); otherwise ask sharp.
  const header =
    (typeof input === 'string' ? undefined : headerDimensions(input, mime)) ?? (await imageHeader(input));
  if ('code' in header) return { ok: false, error: header };
  if (header.width * header.height > limits.maxPixels) {
    return {
      ok: false,
      error: mediaError(
        'too_large',
        `header claims ${header.width}×${header.height}, over the ${limits.maxPixels}-pixel limit`,
      ),
    };
  }
  try {
    const { data, info } = await sharp(input, {
      // Stored values, as the PDQ reference reads them (its decoder applies no colour profile).
      ignoreIcc: true,
      limitInputPixels: limits.maxPixels,
      failOn: 'warning',
      sequentialRead: true,
    })
      // Grey stays one channel, as the reference reads it; everything else becomes sRGB.
      .toColourspace(header.channels <= 2 ? 'b-w' : 'srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, image: { data, width: info.width, height: info.height, channels: info.channels } };
  } catch (e) {
    return { ok: false, error: classifyDecodeError(messageOf(e)) };
  }
}

async function decodeHeicBuffer(buffer: Uint8Array, limits: DecodeLimits): Promise<DecodeResult> {
  try {
    const images = await decodeHeic.all({ buffer });
    try {
      const first = images[0];
      if (!first) return { ok: false, error: mediaError('corrupt', 'no image in HEIC container') };
      if (first.width * first.height > limits.maxPixels) {
        return {
          ok: false,
          error: mediaError(
            'too_large',
            `header claims ${first.width}×${first.height}, over the ${limits.maxPixels}-pixel limit`,
          ),
        };
      }
      const img = await first.decode();
      const data = new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.byteLength);
      return { ok: true, image: { data, width: img.width, height: img.height, channels: 4 } };
    } finally {
      images.dispose();
    }
  } catch (e) {
    return { ok: false, error: classifyDecodeError(messageOf(e)) };
  }
}

/**
 * Decoded 8-bit pixels of an image, exactly as stored (no EXIF rotation, as the PDQ reference),
 * first frame of animations. HEIC goes through the WebAssembly decoder; everything else through sharp.
 */
export async function decodeImage(
  input: string | Uint8Array,
  mime: string,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): Promise<DecodeResult> {
  if (mime === 'image/heic') {
    const buffer =
      typeof input === 'string' ? await import('node:fs/promises').then((fs) => fs.readFile(input)) : input;
    return decodeHeicBuffer(buffer, limits);
  }
  return decodeWithSharp(input, mime, limits);
}
