/**
 * A job's own process (started by job-runner.ts): opens the case, runs the work, reports progress
 * at most four times a second, and exits. The server stays responsive, and cancelling is a kill.
 * An ingest says which run it opened as soon as it has one, so the runner can close that run if the
 * process is killed; the runner then starts this process again with a `recover` message, which ends
 * the run as failed and brings the case's indexes up to date (ingest-recovery.ts).
 */
import { messageOf } from '../../core/errors.ts';
import type { JobParams, JobProgress } from '../../core/job-types.ts';
import { openStore } from '../../store/open-store.ts';
import type { Store } from '../../store/store.ts';
import { recoverIngestRun, type IngestRecovery } from './ingest-recovery.ts';
import { runJobWork, type JobContext, type JobOutcome } from './job-work.ts';

export interface JobStart extends JobContext {
  readonly caseDir: string;
  readonly params: JobParams;
}

/** Sent instead of a JobStart: clean up after an ingest whose process was stopped. */
export interface RecoverStart {
  readonly caseDir: string;
  readonly recover: IngestRecovery;
}

export type JobMessage =
  | { readonly type: 'progress'; readonly progress: JobProgress }
  /** An ingest opened run `runId` (sent before it stores anything). */
  | { readonly type: 'run'; readonly runId: number }
  | { readonly type: 'done'; readonly outcome: JobOutcome }
  /** A recovery (RecoverStart) finished. */
  | { readonly type: 'recovered' }
  | { readonly type: 'failed'; readonly error: string };

const PROGRESS_EVERY_MS = 250;

const send = (m: JobMessage): Promise<void> =>
  new Promise((resolve) => {
    process.send!(m, undefined, {}, () => resolve());
  });

/** The store, with `startRun` reporting the run's id to the runner before the run stores anything. */
function reportingRuns(store: Store): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'startRun')
        return async (command: string) => {
          const runId = await target.startRun(command);
          await send({ type: 'run', runId });
          return runId;
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Runs the job (or the recovery) on its own connection to the case. */
async function work(start: JobStart | RecoverStart): Promise<JobMessage> {
  const store = openStore(start.caseDir);
  try {
    if ('recover' in start) {
      await recoverIngestRun(store, start.recover);
      return { type: 'recovered' };
    }
    let last = 0;
    const result = await runJobWork(reportingRuns(store), start.params, start, (progress) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      void send({ type: 'progress', progress });
    });
    return { type: 'done', outcome: result };
  } finally {
    await store.close();
  }
}

process.once('message', (start: JobStart | RecoverStart) => {
  void (async () => {
    let outcome: JobMessage;
    try {
      outcome = await work(start);
    } catch (e) {
      outcome = { type: 'failed', error: messageOf(e) };
    }
    await send(outcome);
    process.disconnect();
  })();
});
