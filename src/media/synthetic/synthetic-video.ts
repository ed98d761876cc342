import { runProcess } from '../video/run-process.ts';

/** ffmpeg's own generated sources; nothing filmed. */
export type SyntheticVideoSource = 'testsrc' | 'testsrc2' | 'mandelbrot' | 'life' | 'rgbtestsrc';

export interface SyntheticVideoOptions {
  source: SyntheticVideoSource;
  seconds: number;
  width?: number;
  height?: number;
  /** Output container by extension: .mp4 (H.264), .webm (VP9), .avi (MPEG-4 part 2), .mkv. */
  out: string;
  ffmpeg?: string;
  seed?: number;
}

function sourceSpec(o: SyntheticVideoOptions): string {
  const size = `${o.width ?? 320}x${o.height ?? 240}`;
  const seed = o.seed ?? 1;
  switch (o.source) {
    case 'mandelbrot':
      return `mandelbrot=size=${size}:rate=10:start_scale=${(2 + (seed % 5) * 0.3).toFixed(2)}`;
    case 'life':
      return `life=size=${size}:rate=10:seed=${seed}:mold=10:ratio=0.2:death_color=#202020:life_color=#e0e0e0`;
    default:
      return `${o.source}=size=${size}:rate=10`;
  }
}

function codecArgs(out: string): string[] {
  if (out.endsWith('.webm'))
    return ['-c:v', 'libvpx-vp9', '-b:v', '300k', '-deadline', 'realtime', '-cpu-used', '8'];
  if (out.endsWith('.avi')) return ['-c:v', 'mpeg4', '-q:v', '5'];
  return ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
}

/** Writes a short generated clip; returns an error message or undefined. */
export async function syntheticVideo(o: SyntheticVideoOptions): Promise<string | undefined> {
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    sourceSpec(o),
    '-t',
    String(o.seconds),
    ...codecArgs(o.out),
    o.out,
  ];
  const r = await runProcess(o.ffmpeg ?? '/usr/bin/ffmpeg', args, { timeoutMs: 60_000 }, () => undefined);
  return r.code === 0 ? undefined : (r.spawnError ?? r.stderr.trim() ?? `ffmpeg exited with ${r.code}`);
}

/** Re-encodes a clip as a platform would (smaller, lower quality, other codec). */
export async function reencodeVideo(
  input: string,
  out: string,
  opts: { scale?: number; ffmpeg?: string } = {},
): Promise<string | undefined> {
  const scale = opts.scale ?? 0.75;
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-y',
    '-i',
    input,
    '-vf',
    `scale=trunc(iw*${scale}/2)*2:trunc(ih*${scale}/2)*2`,
    ...codecArgs(out),
  ];
  if (out.endsWith('.mp4')) args.push('-crf', '32');
  args.push(out);
  const r = await runProcess(opts.ffmpeg ?? '/usr/bin/ffmpeg', args, { timeoutMs: 60_000 }, () => undefined);
  return r.code === 0 ? undefined : (r.spawnError ?? r.stderr.trim() ?? `ffmpeg exited with ${r.code}`);
}
