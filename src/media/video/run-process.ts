import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ProcessLimits {
  /** Killed (SIGKILL) after this many milliseconds. */
  timeoutMs: number;
  /** Killed when stdout exceeds this many bytes. */
  maxStdoutBytes?: number;
  /** Address-space cap for the program, set through `prlimit` (when that program exists). */
  maxMemoryMb?: number;
  /** Path of util-linux `prlimit`. */
  prlimit?: string;
}

export interface ProcessOutcome {
  code: number | null;
  stderr: string;
  timedOut: boolean;
  overflowed: boolean;
  spawnError?: string;
}

/**
 * Runs a program with a hard time limit, streaming stdout to `onData`; never throws.
 * Used for ffmpeg/ffprobe on hostile files that may hang or never end.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  limits: ProcessLimits,
  onData: (chunk: Buffer) => void,
): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    let stderr = '';
    let timedOut = false;
    let overflowed = false;
    let bytes = 0;
    let settled = false;
    const capped =
      limits.maxMemoryMb !== undefined && limits.prlimit !== undefined && existsSync(limits.prlimit);
    const child = capped
      ? spawn(limits.prlimit!, [`--as=${limits.maxMemoryMb! * 1024 * 1024}`, command, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    const finish = (o: ProcessOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (limits.maxStdoutBytes !== undefined && bytes > limits.maxStdoutBytes) {
        overflowed = true;
        child.kill('SIGKILL');
        return;
      }
      onData(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    child.on('error', (e) => finish({ code: null, stderr, timedOut, overflowed, spawnError: e.message }));
    child.on('close', (code) => finish({ code, stderr, timedOut, overflowed }));
  });
}
