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
}

export type TaskOutcome<R> =
  { ok: true; value: R } | { ok: false; reason: 'timeout' | 'memory' | 'crashed'; message: string };

interface Slot<T, R> {
  child: ChildProcess;
  busy?: { task: T; resolve: (o: TaskOutcome<R>) => void; timer: NodeJS.Timeout; started: number };
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
  private readonly waiting: { task: T; resolve: (o: TaskOutcome<R>) => void }[] = [];
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
    const slot: Slot<T, R> = { child };
    child.on('message', (msg: R) => {
      const b = slot.busy;
      if (!b || msg.id !== b.task.id) return;
      this.finish(slot, { ok: true, value: msg });
    });
    child.on('exit', (code, signal) => {
      const b = slot.busy;
      if (b)
        this.finish(
          slot,
          { ok: false, reason: 'crashed', message: `hashing process exited (${signal ?? code})` },
          true,
        );
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

  private finish(slot: Slot<T, R>, outcome: TaskOutcome<R>, restart = false): void {
    const b = slot.busy;
    if (!b) return;
    clearTimeout(b.timer);
    slot.busy = undefined;
    b.resolve(outcome);
    if (restart) this.replace(slot);
    else this.pump();
  }

  private kill(slot: Slot<T, R>, reason: 'timeout' | 'memory', message: string): void {
    this.finish(slot, { ok: false, reason, message }, true);
  }

  private checkMemory(): void {
    for (const s of this.slots) {
      if (!s.busy) continue;
      const mb = rssMb(s.child.pid);
      if (mb > this.limits.maxRssMb)
        this.kill(s, 'memory', `used ${Math.round(mb)} MB, over the ${this.limits.maxRssMb} MB limit`);
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.waiting.length === 0) continue;
      const next = this.waiting.shift()!;
      const timer = setTimeout(
        () => this.kill(slot, 'timeout', `took longer than ${this.limits.taskTimeoutMs} ms`),
        this.limits.taskTimeoutMs,
      );
      slot.busy = { task: next.task, resolve: next.resolve, timer, started: Date.now() };
      slot.child.send(next.task);
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
      if (s.busy) {
        clearTimeout(s.busy.timer);
        s.busy.resolve({ ok: false, reason: 'crashed', message: 'pool closed' });
      }
    }
    for (const w of this.waiting.splice(0))
      w.resolve({ ok: false, reason: 'crashed', message: 'pool closed' });
  }
}
