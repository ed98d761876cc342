import sharp from 'sharp';

/** Edits a shared picture typically goes through, each still a near-duplicate of the original. */
export type ImageVariant =
  'resized' | 'recompressed' | 'cropped' | 'rotated' | 'flipped' | 'colour-shifted' | 'greyscale' | 'webp';
export const IMAGE_VARIANTS: readonly ImageVariant[] = [
  'resized',
  'recompressed',
  'cropped',
  'rotated',
  'flipped',
  'colour-shifted',
  'greyscale',
  'webp',
];

/** The variant of an encoded image, re-encoded as JPEG (WebP for `webp`). */
export async function imageVariant(input: Buffer, variant: ImageVariant): Promise<Buffer> {
  const meta = await sharp(input).metadata();
  const w = meta.width ?? 1;
  const h = meta.height ?? 1;
  const img = sharp(input);
  switch (variant) {
    case 'resized':
      return img
        .resize(Math.round(w * 0.6), Math.round(h * 0.6))
        .jpeg({ quality: 85 })
        .toBuffer();
    case 'recompressed':
      return img.jpeg({ quality: 35 }).toBuffer();
    case 'cropped': {
      const dx = Math.round(w * 0.015);
      const dy = Math.round(h * 0.015);
      return img
        .extract({ left: dx, top: dy, width: w - 2 * dx, height: h - 2 * dy })
        .jpeg({ quality: 90 })
        .toBuffer();
    }
    case 'rotated':
      return img.rotate(90).jpeg({ quality: 90 }).toBuffer();
    case 'flipped':
      return img.flop().jpeg({ quality: 90 }).toBuffer();
    case 'colour-shifted':
      return img.modulate({ brightness: 1.05, saturation: 1.15, hue: 12 }).jpeg({ quality: 90 }).toBuffer();
    case 'greyscale':
      return img.greyscale().jpeg({ quality: 90 }).toBuffer();
    case 'webp':
      return img.webp({ quality: 70 }).toBuffer();
  }
}
