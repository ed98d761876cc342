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

const ECHO = fileURLToPath(new URL('./testing/echo-worker.ts', import.meta.url));

describe('ProcessPool, two tasks to a process', () => {
  type Task = { id: number; ms: number; hang?: boolean; crash?: boolean };
  const pool = () =>
    new ProcessPool<Task, { id: number; pid: number }>(ECHO, {
      workers: 1,
      perProcess: 2,
      taskTimeoutMs: 20_000,
      maxRssMb: 4096,
      maxHeapMb: 256,
    });

  it('runs two tasks in one process at once', async () => {
    const p = pool();
    try {
      await p.run({ id: 0, ms: 0 }); // the process is up
      const t = Date.now();
      const [a, b] = await Promise.all([p.run({ id: 1, ms: 1500 }), p.run({ id: 2, ms: 1500 })]);
      expect(Date.now() - t).toBeLessThan(2900);
      expect(a.ok && b.ok && a.value.pid === b.value.pid).toBe(true);
    } finally {
      p.close();
    }
  });

  it('a crash fails only the culprit: the task that shared its process runs again alone', async () => {
    const p = pool();
    try {
      await p.run({ id: 0, ms: 0 });
      const [crashed, innocent, later] = await Promise.all([
        p.run({ id: 1, ms: 0, crash: true }),
        p.run({ id: 2, ms: 300 }),
        p.run({ id: 3, ms: 0 }),
      ]);
      expect(crashed).toMatchObject({ ok: false, reason: 'crashed' });
      expect(innocent.ok).toBe(true);
      expect(later.ok).toBe(true);
    } finally {
      p.close();
    }
  });

  it('a timeout fails the task that ran out of time, not the one beside it', async () => {
    const p = new ProcessPool<Task, { id: number; pid: number }>(ECHO, {
      workers: 1,
      perProcess: 2,
      taskTimeoutMs: 4000,
      maxRssMb: 4096,
      maxHeapMb: 256,
    });
    try {
      await p.run({ id: 0, ms: 0 });
      const [hung, fine] = await Promise.all([
        p.run({ id: 1, ms: 0, hang: true }),
        p.run({ id: 2, ms: 100 }),
      ]);
      expect(hung).toMatchObject({ ok: false, reason: 'timeout' });
      expect(fine.ok).toBe(true);
    } finally {
      p.close();
    }
  });
});
