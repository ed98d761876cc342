import { mediaError, type MediaError } from '../decode/media-error.ts';
import { runProcess, type ProcessLimits } from './run-process.ts';

export interface VideoInfo {
  width: number;
  height: number;
  /** Seconds, when the container says. */
  duration?: number;
}

interface ProbeJson {
  streams?: { width?: number; height?: number; duration?: string }[];
  format?: { duration?: string };
}

/** Width, height and duration of the first video stream via ffprobe, with a time limit. */
export async function probeVideo(
  file: string,
  ffprobe: string,
  limits: ProcessLimits,
): Promise<VideoInfo | MediaError> {
  const timeoutMs = limits.timeoutMs;
  const chunks: Buffer[] = [];
  const args = [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height,duration:format=duration',
    '-of',
    'json',
    file,
  ];
  const out = await runProcess(ffprobe, args, { ...limits, maxStdoutBytes: 1 << 20 }, (c) => chunks.push(c));
  if (out.spawnError) return mediaError('video_failed', `ffprobe could not start: ${out.spawnError}`);
  if (out.timedOut) return mediaError('timeout', `ffprobe took longer than ${timeoutMs} ms`);
  let json: ProbeJson;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ProbeJson;
  } catch {
    return mediaError('corrupt', out.stderr || 'ffprobe gave no readable answer');
  }
  const s = json.streams?.[0];
  if (!s?.width || !s.height) return mediaError('corrupt', out.stderr.trim() || 'no video stream');
  const duration = Number(s.duration ?? json.format?.duration);
  return Number.isFinite(duration)
    ? { width: s.width, height: s.height, duration }
    : { width: s.width, height: s.height };
}
