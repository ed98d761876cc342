import type { MediaFileInput } from '../../store/media.ts';
import type { MediaResult } from '../media-result.ts';

/** A scan result as the media store keeps it. */
export function mediaFileInput(r: MediaResult): MediaFileInput {
  return {
    path: r.file,
    size: r.size,
    mtime_ms: Math.trunc(r.mtimeMs),
    md5: r.md5,
    sha1: r.sha1,
    sha256: r.sha256,
    mime: r.mime,
    kind: r.kind,
    pdq: r.pdq,
    quality: r.quality,
    pdq_transforms: r.pdqTransforms ?? null,
    width: r.width,
    height: r.height,
    exif: r.exif === null ? null : { ...r.exif },
    error_code: r.error?.code ?? null,
    error_message: r.error?.message ?? null,
    frames: r.frames ?? [],
    hash_ms: r.ms,
  };
}
