import { mediaError, type MediaError } from '../decode/media-error.ts';
import { PDQ_STRETCH_DIM } from '../pdq/luma-from-pixels.ts';
import { pdqFromPixels } from '../pdq/pdq-from-pixels.ts';
import { probeVideo } from './probe-video.ts';
import { runProcess } from './run-process.ts';

export interface FrameHash {
  /** Second of the video the frame was sampled at (one frame a second). */
  second: number;
  pdq: string;
  quality: number;
}

export interface VideoLimits {
  ffmpeg: string;
  ffprobe: string;
  /** Frames sampled at most (so a stream that never ends stops). */
  maxFrames: number;
  /** Seconds of input read at most. */
  maxSeconds: number;
  /** Whole decode killed after this many milliseconds. */
  timeoutMs: number;
  /** Address-space cap for ffmpeg and ffprobe (decoders of hostile files can balloon). */
  maxMemoryMb: number;
  /** util-linux `prlimit`, used to set that cap; without it the cap is not applied. */
  prlimit: string;
}

export const DEFAULT_VIDEO_LIMITS: VideoLimits = Object.freeze({
  ffmpeg: '/usr/bin/ffmpeg',
  ffprobe: '/usr/bin/ffprobe',
  maxFrames: 600,
  maxSeconds: 3600,
  timeoutMs: 120_000,
  maxMemoryMb: 2048,
  prlimit: '/usr/bin/prlimit',
});

export interface VideoHashes {
  width: number;
  height: number;
  duration?: number;
  frames: FrameHash[];
  /** Set when decoding stopped early; frames hashed before that are kept. */
  error?: MediaError;
}

/**
 * One frame a second through ffmpeg (raw RGB over a pipe), each PDQ-hashed as vPDQ does.
 * Frames larger than 512 on a side are stretched to 512×512 by ffmpeg (nearest neighbour),
 * as the PDQ reference would; hostile files are bounded by frame, duration and time limits.
 */
export async function videoFrameHashes(
  file: string,
  limits: VideoLimits = DEFAULT_VIDEO_LIMITS,
): Promise<VideoHashes | MediaError> {
  const started = Date.now();
  const info = await probeVideo(file, limits.ffprobe, {
    timeoutMs: Math.min(limits.timeoutMs, 30_000),
    maxMemoryMb: limits.maxMemoryMb,
    prlimit: limits.prlimit,
  });
  if ('code' in info) return info;
  const big = info.width > PDQ_STRETCH_DIM || info.height > PDQ_STRETCH_DIM;
  const w = big ? PDQ_STRETCH_DIM : info.width;
  const h = big ? PDQ_STRETCH_DIM : info.height;
  const filter = big ? `fps=1,scale=${w}:${h}:flags=neighbor` : 'fps=1';
  const frameBytes = w * h * 3;
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-noautorotate',
    '-t',
    String(limits.maxSeconds),
    '-i',
    file,
    '-map',
    '0:v:0',
    '-vf',
    filter,
  ];
  args.push('-frames:v', String(limits.maxFrames), '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1');
  const frames: FrameHash[] = [];
  let pending: Buffer = Buffer.alloc(0);
  const out = await runProcess(
    limits.ffmpeg,
    args,
    {
      timeoutMs: Math.max(1000, limits.timeoutMs - (Date.now() - started)),
      maxStdoutBytes: frameBytes * (limits.maxFrames + 1),
      maxMemoryMb: limits.maxMemoryMb,
      prlimit: limits.prlimit,
    },
    (chunk) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length >= frameBytes) {
        const frame = pending.subarray(0, frameBytes);
        pending = pending.subarray(frameBytes);
        const r = pdqFromPixels({ data: frame, width: w, height: h, channels: 3 });
        frames.push({ second: frames.length, pdq: r.hash, quality: r.quality });
      }
    },
  );
  const result: VideoHashes = { width: info.width, height: info.height, frames };
  if (info.duration !== undefined) result.duration = info.duration;
  if (out.spawnError) result.error = mediaError('video_failed', `ffmpeg could not start: ${out.spawnError}`);
  else if (out.timedOut)
    result.error = mediaError('timeout', `ffmpeg took longer than ${limits.timeoutMs} ms`);
  else if (out.code !== 0)
    result.error = mediaError(
      frames.length ? 'truncated' : 'corrupt',
      out.stderr.trim() || `ffmpeg exited with ${out.code}`,
    );
  return result;
}
