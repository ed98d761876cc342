import type { MediaError } from './decode/media-error.ts';
import type { ExifFacts } from './exif/read-exif.ts';
import type { FrameHash } from './video/video-frame-hashes.ts';

/** What triage learned about one file, without anyone looking at it. */
export interface MediaResult {
  /** Path as given (relative to the scanned folder in a scan). */
  file: string;
  size: number;
  mtimeMs: number;
  md5: string;
  sha1: string;
  sha256: string;
  /** Sniffed from the bytes, not the extension. */
  mime: string;
  kind: 'image' | 'video' | 'other';
  /** PDQ of the image, or of a video's best frame; null when not decodable. */
  pdq: string | null;
  quality: number | null;
  width: number | null;
  height: number | null;
  exif: ExifFacts | null;
  /**
   * Pictures: PDQ of the seven other rotations and flips, in `TRANSFORM_NAMES` order (from the
   * same DCT), so rotated or mirrored copies still match lists and stack.
   */
  pdqTransforms?: string[];
  /** Videos: one PDQ a second. */
  frames?: FrameHash[];
  error?: MediaError;
  /** Milliseconds spent on the file. */
  ms: number;
}

/** Key that says a file was already done: path, size and modification time. */
export function resumeKey(r: { file: string; size: number; mtimeMs: number }): string {
  return `${r.file}\u0000${r.size}\u0000${Math.trunc(r.mtimeMs)}`;
}
