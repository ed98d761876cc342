import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface PoolLimits {
  /** Child processes (one per core is right for decoding). */
  workers: number;
  /** A task running longer is killed with its process (which is replaced). */
  taskTimeoutMs: number;
  /** A process whose resident memory exceeds this is killed with its task. */
  maxRssMb: number;
  /** V8 heap limit per process. */
  maxHeapMb: number;
  /**
   * Tasks a process holds at once (default 1). With 2, one file's JavaScript work (digests, PDQ,
   * EXIF) overlaps the next file's decode in libvips. A task killed for time fails alone and the
   * others in its process run again; after a memory kill or crash the tasks that were there run
   * again one to a process, so the culprit is found and fails by itself.
   */
  perProcess?: number;
}

export type TaskOutcome<R> =
  { ok: true; value: R } | { ok: false; reason: 'timeout' | 'memory' | 'crashed'; message: string };

interface Queued<T, R> {
  task: T;
  resolve: (o: TaskOutcome<R>) => void;
  /** Run with no other task in the process (after sharing one that was killed for memory or died). */
  alone?: boolean;
}

interface Running<T, R> extends Queued<T, R> {
  timer: NodeJS.Timeout;
  started: number;
}

interface Slot<T, R> {
  child: ChildProcess;
  busy: Map<number, Running<T, R>>;
}

/** Loader flags so a child can run TypeScript modules through tsx, found from this file, not the cwd. */
function tsxExecArgv(): string[] {
  const loader = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(loader).href];
}

/**
 * Kills a pool process and everything it started (ffmpeg, ffprobe): each child leads its own
 * process group, so a hung decoder is not left behind when its parent is killed.
 */
function killTree(child: ChildProcess): void {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
      return;
    } catch {
      // group already gone; fall through to the process itself
    }
  }
  child.kill('SIGKILL');
}

/** Resident set size of a process in MB from /proc (0 when unknown). */
function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A pool of child processes running one module; each task gets a time and memory limit, and a
 * task whose process hangs, bloats or dies (even in native code) fails alone: the process is
 * replaced and the pool goes on. Messages are `{id, ...}` both ways.
 */
export class ProcessPool<T extends { id: number }, R extends { id: number }> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly waiting: Queued<T, R>[] = [];
  private readonly monitor: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly modulePath: string,
    private readonly limits: PoolLimits,
  ) {
    for (let i = 0; i < Math.max(1, limits.workers); i++) this.slots.push(this.spawn());
    this.monitor = setInterval(() => this.checkMemory(), 250);
    this.monitor.unref();
  }

  private spawn(): Slot<T, R> {
    const child = fork(this.modulePath, [], {
      execArgv: [...tsxExecArgv(), `--max-old-space-size=${this.limits.maxHeapMb}`],
      serialization: 'advanced',
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.resume();
    const slot: Slot<T, R> = { child, busy: new Map() };
    child.on('message', (msg: R) => {
      const b = slot.busy.get(msg.id);
      if (!b) return;
      clearTimeout(b.timer);
      slot.busy.delete(msg.id);
      b.resolve({ ok: true, value: msg });
      this.pump();
    });
    child.on('exit', (code, signal) => {
      if (slot.busy.size > 0)
        this.fail(slot, undefined, {
          ok: false,
          reason: 'crashed',
          message: `hashing process exited (${signal ?? code})`,
        });
      else if (!this.closed) this.replace(slot);
    });
    return slot;
  }

  private replace(slot: Slot<T, R>): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    slot.child.removeAllListeners('exit');
    if (slot.child.exitCode === null && slot.child.signalCode === null) killTree(slot.child);
    const next = this.spawn();
    this.slots[i] = next;
    this.pump();
  }

  /**
   * The process goes (and is replaced). `culprit` (a task that ran out of time) fails; without a
   * culprit (memory, crash) a task that was alone fails and tasks that shared the process run again,
   * each alone. Innocent tasks go back to the front of the queue.
   */
  private fail(slot: Slot<T, R>, culprit: number | undefined, outcome: TaskOutcome<R>): void {
    const tasks = [...slot.busy.values()];
    slot.busy.clear();
    const again: Queued<T, R>[] = [];
    for (const b of tasks) {
      clearTimeout(b.timer);
      const guilty = culprit === undefined ? tasks.length === 1 || b.alone === true : b.task.id === culprit;
      if (guilty) b.resolve(outcome);
      else again.push({ task: b.task, resolve: b.resolve, alone: culprit === undefined || b.alone === true });
    }
    this.waiting.unshift(...again);
    this.replace(slot);
  }

  private checkMemory(): void {
    for (const s of this.slots) {
      if (s.busy.size === 0) continue;
      const mb = rssMb(s.child.pid);
      if (mb > this.limits.maxRssMb)
        this.fail(s, undefined, {
          ok: false,
          reason: 'memory',
          message: `used ${Math.round(mb)} MB, over the ${this.limits.maxRssMb} MB limit`,
        });
    }
  }

  private pump(): void {
    const per = Math.max(1, this.limits.perProcess ?? 1);
    for (const slot of this.slots) {
      while (this.waiting.length > 0) {
        const running = [...slot.busy.values()];
        if (running.length >= per || running.some((b) => b.alone === true)) break;
        if (running.length > 0 && this.waiting[0]!.alone === true) break;
        const next = this.waiting.shift()!;
        const id = next.task.id;
        const timer = setTimeout(
          () =>
            this.fail(slot, id, {
              ok: false,
              reason: 'timeout',
              message: `took longer than ${this.limits.taskTimeoutMs} ms`,
            }),
          this.limits.taskTimeoutMs,
        );
        slot.busy.set(id, { ...next, timer, started: Date.now() });
        slot.child.send(next.task);
      }
    }
  }

  /** Runs a task on the next free process. */
  run(task: T): Promise<TaskOutcome<R>> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.pump();
    });
  }

  /** Stops every process (pending tasks fail as crashed). */
  close(): void {
    this.closed = true;
    clearInterval(this.monitor);
    for (const s of this.slots) {
      s.child.removeAllListeners('exit');
      killTree(s.child);
      for (const b of s.busy.values()) {
        clearTimeout(b.timer);
        b.resolve({ ok: false, reason: 'crashed', message: 'pool closed' });
      }
      s.busy.clear();
    }
    for (const w of this.waiting.splice(0))
      w.resolve({ ok: false, reason: 'crashed', message: 'pool closed' });
  }
}
