import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeImage } from '../decode/decode-image.ts';
import { bufferDigests } from '../digest/file-digests.ts';
import type { KnownHash } from '../lists/known-hash.ts';
import { pdqFromPixels } from '../pdq/pdq-from-pixels.ts';
import { IMAGE_VARIANTS, imageVariant } from './image-variants.ts';
import { pngBomb } from './png-bomb.ts';
import { syntheticHeic } from './synthetic-heic.ts';
import { seededRandom } from './seeded-random.ts';
import { SYNTHETIC_IMAGE_KINDS, syntheticImage } from './synthetic-image.ts';
import { reencodeVideo, syntheticVideo, type SyntheticVideoSource } from './synthetic-video.ts';

export interface SyntheticMediaOptions {
  seed: number;
  /** Distinct generated pictures. */
  images: number;
  /** Variants written per picture (resized, recompressed, cropped, ...). */
  variantsPerImage: number;
  /** Generated clips, each with one re-encode. */
  videos: number;
  /** Share of pictures (and clips) put on the known list. */
  knownShare: number;
  /** Also write hostile files (empty, truncated, bomb header, lying extension). */
  hostile: boolean;
  /** Category written for known entries. */
  category: string;
  list: string;
}

export const DEFAULT_SYNTHETIC_MEDIA: SyntheticMediaOptions = Object.freeze({
  seed: 1,
  images: 12,
  variantsPerImage: 2,
  videos: 2,
  knownShare: 0.5,
  hostile: true,
  category: 'synthetic-known',
  list: 'synthetic-list',
});

export interface SyntheticMediaFile {
  /** Relative to the media folder. */
  file: string;
  /** Generated picture or clip it derives from; files sharing it are near-duplicates. */
  origin: string;
  variant: string;
  known: boolean;
}

export interface SyntheticMediaSet {
  files: SyntheticMediaFile[];
  /** Entries for `hashlists/*.csv`: exact digests of known originals and their PDQ. */
  knownList: KnownHash[];
}

const VIDEO_SOURCES: SyntheticVideoSource[] = ['testsrc', 'mandelbrot', 'testsrc2', 'life'];

/** `hashlists/*.csv` text for entries (columns per case-bundle.md). */
export function knownListCsv(entries: readonly KnownHash[]): string {
  const rows = entries.map((e) =>
    [e.md5 ?? '', e.sha1 ?? '', e.sha256 ?? '', e.pdq ?? '', e.category ?? '', e.list].join(','),
  );
  return ['md5,sha1,sha256,pdq,category,list', ...rows].join('\n') + '\n';
}

/**
 * Writes a media folder of generated patterns only — pictures, their variants, short generated clips
 * and re-encodes, and optionally hostile files — and returns what each file is and the known-list
 * entries (digests and PDQ of the originals marked known), so a synthetic bundle can carry media.
 */
export async function writeSyntheticMediaSet(
  dir: string,
  options: Partial<SyntheticMediaOptions> = {},
): Promise<SyntheticMediaSet> {
  const o = { ...DEFAULT_SYNTHETIC_MEDIA, ...options };
  const rand = seededRandom(o.seed);
  await mkdir(join(dir, 'images'), { recursive: true });
  const files: SyntheticMediaFile[] = [];
  const knownList: KnownHash[] = [];
  for (let i = 0; i < o.images; i++) {
    const origin = `img-${String(i).padStart(4, '0')}`;
    const kind = SYNTHETIC_IMAGE_KINDS[i % SYNTHETIC_IMAGE_KINDS.length]!;
    const bytes = await syntheticImage({
      seed: o.seed * 100_003 + i,
      kind,
      width: 480 + Math.floor(rand() * 320),
      height: 360 + Math.floor(rand() * 240),
    });
    const known = rand() < o.knownShare;
    const file = `images/${origin}.jpg`;
    await writeFile(join(dir, file), bytes);
    files.push({ file, origin, variant: 'original', known });
    if (known) {
      const d = bufferDigests(bytes);
      const decoded = await decodeImage(bytes, 'image/jpeg');
      const entry: KnownHash = {
        md5: d.md5,
        sha1: d.sha1,
        sha256: d.sha256,
        category: o.category,
        list: o.list,
      };
      if (decoded.ok) entry.pdq = pdqFromPixels(decoded.image).hash;
      knownList.push(entry);
    }
    for (let v = 0; v < o.variantsPerImage; v++) {
      const variant = IMAGE_VARIANTS[Math.floor(rand() * IMAGE_VARIANTS.length)]!;
      const vfile = `images/${origin}-${variant}-${v}.${variant === 'webp' ? 'webp' : 'jpg'}`;
      await writeFile(join(dir, vfile), await imageVariant(bytes, variant));
      files.push({ file: vfile, origin, variant, known });
    }
  }
  // One picture also as HEIC, as phones store them (skipped when ffmpeg has no HEVC encoder).
  const first = files.find((f) => f.variant === 'original');
  if (first) {
    const src = join(dir, first.file);
    const meta = await decodeImage(src, 'image/jpeg');
    if (meta.ok) {
      const heic = await syntheticHeic(src, meta.image.width, meta.image.height);
      const file = `images/${first.origin}-heic.heic`;
      if (typeof heic !== 'string') {
        await writeFile(join(dir, file), heic);
        files.push({ file, origin: first.origin, variant: 'heic', known: first.known });
      }
    }
  }
  if (o.videos > 0) await mkdir(join(dir, 'videos'), { recursive: true });
  for (let i = 0; i < o.videos; i++) {
    const origin = `clip-${String(i).padStart(4, '0')}`;
    const file = `videos/${origin}.mp4`;
    const err = await syntheticVideo({
      source: VIDEO_SOURCES[i % VIDEO_SOURCES.length]!,
      seconds: 4 + (i % 3),
      out: join(dir, file),
      seed: o.seed + i,
    });
    if (err) continue;
    const known = rand() < o.knownShare;
    files.push({ file, origin, variant: 'original', known });
    if (known) {
      const d = bufferDigests(await readFile(join(dir, file)));
      knownList.push({ md5: d.md5, sha1: d.sha1, sha256: d.sha256, category: o.category, list: o.list });
    }
    const re = `videos/${origin}-reencoded.webm`;
    if (!(await reencodeVideo(join(dir, file), join(dir, re), { scale: 0.75 })))
      files.push({ file: re, origin, variant: 'reencoded', known });
  }
  if (o.hostile) {
    await mkdir(join(dir, 'odd'), { recursive: true });
    const sample = await syntheticImage({ seed: o.seed, kind: 'noise', width: 320, height: 240 });
    const hostile: [string, Buffer][] = [
      ['odd/empty.jpg', Buffer.alloc(0)],
      ['odd/truncated.jpg', sample.subarray(0, sample.length >> 1)],
      ['odd/bomb.png', pngBomb(50_000, 50_000)],
      ['odd/picture.mp4', sample],
      ['odd/notes.jpg', Buffer.from('meet at the station at nine; bring the receipt\n')],
    ];
    for (const [file, bytes] of hostile) {
      await writeFile(join(dir, file), bytes);
      files.push({ file, origin: file, variant: 'hostile', known: false });
    }
  }
  return { files, knownList };
}
