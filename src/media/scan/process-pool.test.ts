import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProcessPool } from './process-pool.ts';
import { tempDir } from '../testing/temp-dir.ts';

const HANGING = fileURLToPath(new URL('./testing/hanging-worker.ts', import.meta.url));

/** Running (a zombie awaiting its reaper counts as dead). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \([^)]*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('ProcessPool', () => {
  it('on timeout kills the process and the decoder it started', async () => {
    const dir = tempDir('vigil-pool-');
    const pool = new ProcessPool<{ id: number; pidFile: string }, { id: number }>(HANGING, {
      workers: 1,
      taskTimeoutMs: 2500,
      maxRssMb: 4096,
      maxHeapMb: 256,
    });
    try {
      const pidFile = join(dir, 'sleep.pid');
      const outcome = await pool.run({ id: 1, pidFile });
      expect(outcome).toMatchObject({ ok: false, reason: 'timeout' });
      expect(existsSync(pidFile)).toBe(true);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      await new Promise((r) => setTimeout(r, 200));
      expect(alive(pid)).toBe(false);
    } finally {
      pool.close();
    }
  });
});
