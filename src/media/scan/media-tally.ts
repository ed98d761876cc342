import type { MediaErrorCode } from '../decode/media-error.ts';
import type { MediaResult } from '../media-result.ts';

export interface MediaSummary {
  files: number;
  bytes: number;
  images: number;
  videos: number;
  other: number;
  /** Files with a PDQ hash. */
  hashed: number;
  /** Files that could not be decoded (or only partly), by reason. */
  notDecoded: number;
  byReason: Partial<Record<MediaErrorCode, number>>;
  /** Up to ten example files per reason, for the report. */
  examples: Partial<Record<MediaErrorCode, string[]>>;
}

/** Counts a scan's results as they stream past, for the run's report. */
export class MediaTally {
  private readonly s: MediaSummary = {
    files: 0,
    bytes: 0,
    images: 0,
    videos: 0,
    other: 0,
    hashed: 0,
    notDecoded: 0,
    byReason: {},
    examples: {},
  };

  add(r: MediaResult): void {
    const s = this.s;
    s.files++;
    s.bytes += r.size;
    if (r.kind === 'image') s.images++;
    else if (r.kind === 'video') s.videos++;
    else s.other++;
    if (r.pdq) s.hashed++;
    if (r.error) {
      s.notDecoded++;
      s.byReason[r.error.code] = (s.byReason[r.error.code] ?? 0) + 1;
      const ex = (s.examples[r.error.code] ??= []);
      if (ex.length < 10) ex.push(r.file);
    }
  }

  summary(): MediaSummary {
    return structuredClone(this.s);
  }
}
