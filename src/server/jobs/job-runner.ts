import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Job, JobParams } from '../../core/job-types.ts';
import type { PackageBuild } from '../../core/package-types.ts';
import type { Store } from '../../store/store.ts';
import type { EventBus } from '../event-bus.ts';
import type { JobMessage, JobStart, RecoverStart } from './job-process.ts';

export interface JobRunnerOptions {
  readonly store: Store;
  readonly bus: EventBus;
  /** The case folder the job processes open. */
  readonly caseDir: string;
  readonly packagesDir: string;
  readonly keyDir: string;
  /** Called when a package job has built its packages (the server audits and lists them). */
  readonly onBuilt?: (build: PackageBuild) => Promise<void>;
  /** Called when an analysis job has finished, before it is announced (the server loads it). */
  readonly onAnalysed?: () => Promise<void>;
}

const require = createRequire(import.meta.url);
/** tsx's loader, by absolute path, so a job process runs our TypeScript wherever the server started. */
const TSX = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/loader.mjs')).href;
const JOB_PROCESS = fileURLToPath(new URL('./job-process.ts', import.meta.url));
/** A cancelled job's process gets this long to stop before it is killed outright. */
const KILL_AFTER_MS = 5_000;

/** Who hears about a job on the live-event channel: staff, and liaisons of a package job's countries. */
export const jobAudience = (job: Job) => (job.countries === null ? 'staff' : { countries: job.countries });

/**
 * Runs jobs one at a time, in the order they were started, each in a process of its own (ingest and
 * analysis both write the whole case; one writer at a time keeps SQLite from waiting on itself).
 * Progress and every change of state go to the store and out as `job.updated` events.
 */
export class JobRunner {
  private readonly queue: number[] = [];
  private running: { id: number; child: ChildProcess; cancelled: boolean } | null = null;
  /** The process ending a stopped ingest's run, while it runs. */
  private recovering: ChildProcess | null = null;
  private closed = false;
  private idle: Promise<void> = Promise.resolve();

  private constructor(private readonly o: JobRunnerOptions) {}

  /** Jobs left queued or running by a server that stopped are marked interrupted first. */
  static async start(o: JobRunnerOptions): Promise<JobRunner> {
    await o.store.jobs.interruptUnfinished(Date.now());
    return new JobRunner(o);
  }

  async submit(params: JobParams, user: string, countries: readonly string[] | null): Promise<Job> {
    const job = await this.o.store.jobs.create({ params, user, countries, at: Date.now() });
    this.queue.push(job.id);
    this.publish(job);
    this.pump();
    return job;
  }

  /** Cancels a queued job at once, a running one by stopping its process; false if it had finished. */
  async cancel(id: number): Promise<boolean> {
    const queued = this.queue.indexOf(id);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      this.publish(await this.o.store.jobs.finish(id, { status: 'cancelled', at: Date.now() }));
      return true;
    }
    if (this.running?.id !== id) return false;
    this.running.cancelled = true;
    const child = this.running.child;
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), KILL_AFTER_MS).unref();
    return true;
  }

  /** Resolves when nothing is running or queued. */
  async whenIdle(): Promise<void> {
    while (this.running !== null || this.queue.length > 0) await this.idle;
  }

  /** Stops the running job's process; it and the queued ones are marked interrupted. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    for (const child of [this.running?.child, this.recovering ?? undefined])
      if (child !== undefined && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
    await this.o.store.jobs.interruptUnfinished(Date.now());
  }

  private publish(job: Job): void {
    this.o.bus.publish({ type: 'job.updated', data: job, audience: jobAudience(job) });
  }

  private pump(): void {
    if (this.running !== null || this.closed) return;
    const id = this.queue.shift();
    if (id === undefined) return;
    this.idle = this.run(id).finally(() => {
      this.running = null;
      this.pump();
    });
  }

  private async run(id: number): Promise<void> {
    const job = await this.o.store.jobs.start(id, Date.now());
    // Until the job's process reports, say what it is doing: starting up and opening the case.
    const starting = { phase: 'starting', done: 0, total: null, unit: 'steps' } as const;
    await this.o.store.jobs.progress(id, starting);
    this.publish({ ...job, progress: starting });
    const child = fork(JOB_PROCESS, [], {
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.running = { id, child, cancelled: false };
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    let ended: JobMessage | null = null;
    let runId: number | null = null;
    child.on('message', (m: JobMessage) => {
      if (m.type === 'progress')
        void this.o.store.jobs
          .progress(id, m.progress)
          .then(() => this.publish({ ...job, progress: m.progress }));
      else if (m.type === 'run') runId = m.runId;
      else ended = m;
    });
    const start: JobStart = {
      caseDir: this.o.caseDir,
      params: job.params,
      user: job.user,
      packagesDir: this.o.packagesDir,
      keyDir: this.o.keyDir,
    };
    child.send(start);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const cancelled = this.running.cancelled;
    if (this.closed) return;
    const end = ended as JobMessage | null;
    // An ingest stopped part-way left its run open (and maybe indexes deferred): close it first.
    const openRun = runId as number | null;
    let recoveryError: string | null = null;
    if (end?.type !== 'done' && openRun !== null) {
      const cleaning = { phase: 'ending the ingest run', done: 0, total: null, unit: 'steps' } as const;
      await this.o.store.jobs.progress(id, cleaning);
      this.publish({ ...job, progress: cleaning });
      const why = cancelled
        ? `Cancelled from the workbench (job ${id}).`
        : `The ingest job's process stopped before the run ended (job ${id}).`;
      recoveryError = await this.recover({ runId: openRun, reason: why });
    }
    const at = Date.now();
    let finished: Job;
    if (end?.type === 'done') {
      if (end.outcome.build !== undefined) await this.o.onBuilt?.(end.outcome.build);
      if (end.outcome.result.kind === 'analyze') await this.o.onAnalysed?.().catch(() => undefined);
      finished = await this.o.store.jobs.finish(id, { status: 'done', at, result: end.outcome.result });
    } else if (cancelled && recoveryError === null) {
      finished = await this.o.store.jobs.finish(id, { status: 'cancelled', at });
    } else if (recoveryError !== null) {
      finished = await this.o.store.jobs.finish(id, {
        status: 'failed',
        at,
        error: `Ingest run ${openRun} could not be ended: ${recoveryError}`,
      });
    } else {
      const error =
        end?.type === 'failed'
          ? end.error
          : `The job's process stopped unexpectedly (exit code ${code ?? 'none'})${lastLine(stderr)}.`;
      finished = await this.o.store.jobs.finish(id, { status: 'failed', at, error });
    }
    this.publish(finished);
  }

  /**
   * Ends an ingest run a stopped job left open, in a job process of its own (rebuilding indexes is
   * long work, never the server's); resolves to null when it worked, else why not. Closing the
   * server stops it too: the run then stays open until a recovery or the next ingest.
   */
  private async recover(recover: RecoverStart['recover']): Promise<string | null> {
    const child = fork(JOB_PROCESS, [], {
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.recovering = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    let ended: JobMessage | null = null;
    child.on('message', (m: JobMessage) => {
      ended = m;
    });
    child.send({ caseDir: this.o.caseDir, recover } satisfies RecoverStart);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    this.recovering = null;
    const end = ended as JobMessage | null;
    if (end?.type === 'recovered') return null;
    if (end?.type === 'failed') return end.error;
    return `the recovery process stopped (exit code ${code ?? 'none'})${lastLine(stderr)}`;
  }
}

const lastLine = (text: string): string => {
  const line = text.trim().split('\n').at(-1)?.trim();
  return line === undefined || line === '' ? '' : `: ${line.slice(0, 300)}`;
};
