import { open, readFile, stat } from 'node:fs/promises';
import { decodeImage, DEFAULT_DECODE_LIMITS, type DecodeLimits } from './decode/decode-image.ts';
import { mediaError } from './decode/media-error.ts';
import { sniffMediaType } from './decode/sniff-media-type.ts';
import { bufferDigests, fileDigests, type Digests } from './digest/file-digests.ts';
import { readExif } from './exif/read-exif.ts';
import { thumbnailDistance } from './exif/thumbnail-distance.ts';
import type { MediaResult } from './media-result.ts';
import { pdqDihedralFromPixels } from './pdq/pdq-from-pixels.ts';
import { TRANSFORM_NAMES } from './pdq/pdq-dihedral.ts';
import { DEFAULT_VIDEO_LIMITS, videoFrameHashes, type VideoLimits } from './video/video-frame-hashes.ts';

export interface HashFileOptions {
  decode: DecodeLimits;
  video: VideoLimits;
  /** Pictures up to this size are read once into memory (digests, EXIF and decoding from one read). */
  maxInMemoryBytes: number;
  /** Compare the EXIF thumbnail with the picture. */
  thumbnails: boolean;
}

export const DEFAULT_HASH_FILE: HashFileOptions = Object.freeze({
  decode: DEFAULT_DECODE_LIMITS,
  video: DEFAULT_VIDEO_LIMITS,
  maxInMemoryBytes: 256 * 1024 * 1024,
  thumbnails: true,
});

async function head(path: string, bytes: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Digests, type, PDQ, EXIF and (for videos) frame hashes of one file. A file that cannot be read at
 * all (missing, vanished, no permission) is an `unreadable` result too. Never throws for bad
 * content: whatever cannot be decoded is recorded in `error`, and the digests are always there.
 * `label` is the name reported as `file`.
 */
export async function hashFile(
  path: string,
  label = path,
  options: Partial<HashFileOptions> = {},
): Promise<MediaResult> {
  const started = performance.now();
  try {
    return await hashReadable(path, label, options);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const error = mediaError('unreadable', message);
    return {
      file: label,
      size: 0,
      mtimeMs: 0,
      md5: '',
      sha1: '',
      sha256: '',
      mime: 'application/octet-stream',
      kind: 'other',
      pdq: null,
      quality: null,
      width: null,
      height: null,
      exif: null,
      error,
      ms: Math.round(performance.now() - started),
    };
  }
}

async function hashReadable(
  path: string,
  label: string,
  options: Partial<HashFileOptions>,
): Promise<MediaResult> {
  const opts = { ...DEFAULT_HASH_FILE, ...options };
  const started = performance.now();
  const st = await stat(path);
  const base = {
    file: label,
    size: st.size,
    mtimeMs: st.mtimeMs,
    pdq: null,
    quality: null,
    width: null,
    height: null,
    exif: null,
  };
  const done = (r: Omit<MediaResult, 'ms'>): MediaResult => ({
    ...r,
    ms: Math.round(performance.now() - started),
  });
  if (!st.isFile()) {
    return done({
      ...base,
      md5: '',
      sha1: '',
      sha256: '',
      mime: 'inode/x-special',
      kind: 'other',
      error: mediaError('unreadable', 'not a regular file'),
    });
  }
  // Sniff first: pictures are read once into memory (digests, EXIF and decoding from one read);
  // videos and everything else are digested as a stream.
  const { mime, kind } = sniffMediaType(await head(path, 4096));
  let digests: Digests;
  let data: Buffer | undefined;
  if (kind === 'image' && st.size <= opts.maxInMemoryBytes) {
    data = await readFile(path);
    digests = bufferDigests(data);
  } else digests = await fileDigests(path);
  const common = {
    ...base,
    size: digests.size,
    md5: digests.md5,
    sha1: digests.sha1,
    sha256: digests.sha256,
  };
  if (digests.size === 0) {
    return done({
      ...common,
      mime: 'application/x-empty',
      kind: 'other',
      error: mediaError('empty', 'zero-byte file'),
    });
  }
  if (kind === 'image') {
    const decoded = await decodeImage(data ?? path, mime, opts.decode);
    const exif = data ? ((await readExif(data)) ?? null) : null;
    if (!decoded.ok) return done({ ...common, mime, kind, exif, error: decoded.error });
    const { width, height } = decoded.image;
    const dihedral = pdqDihedralFromPixels(decoded.image);
    const pdq = { hash: dihedral.hashes.original, quality: dihedral.quality };
    const pdqTransforms = TRANSFORM_NAMES.map((n) => dihedral.hashes[n]);
    if (exif && data && opts.thumbnails) {
      const d = await thumbnailDistance(data, pdq.hash);
      if (d !== undefined) exif.thumbnailDistance = d;
    }
    return done({
      ...common,
      mime,
      kind,
      pdq: pdq.hash,
      quality: pdq.quality,
      width,
      height,
      exif,
      pdqTransforms,
    });
  }
  if (kind === 'video') {
    const v = await videoFrameHashes(path, opts.video);
    if ('code' in v) return done({ ...common, mime, kind, error: v });
    let best: { pdq: string; quality: number } | undefined;
    for (const f of v.frames) if (!best || f.quality > best.quality) best = f;
    const r: Omit<MediaResult, 'ms'> = {
      ...common,
      mime,
      kind,
      width: v.width,
      height: v.height,
      frames: v.frames,
    };
    if (best) {
      r.pdq = best.pdq;
      r.quality = best.quality;
    }
    if (v.error) r.error = v.error;
    else if (v.frames.length === 0) r.error = mediaError('corrupt', 'no frames decoded');
    return done(r);
  }
  return done({ ...common, mime, kind, error: mediaError('unsupported', `not an image or video (${mime})`) });
}
