/**
 * A job's own process (started by job-runner.ts): opens the case, runs the work, reports progress
 * at most four times a second, and exits. The server stays responsive, and cancelling is a kill.
 */
import { messageOf } from '../../core/errors.ts';
import type { JobParams, JobProgress } from '../../core/job-types.ts';
import { openStore } from '../../store/open-store.ts';
import { runJobWork, type JobContext, type JobOutcome } from './job-work.ts';

export interface JobStart extends JobContext {
  readonly caseDir: string;
  readonly params: JobParams;
}

export type JobMessage =
  | { readonly type: 'progress'; readonly progress: JobProgress }
  | { readonly type: 'done'; readonly outcome: JobOutcome }
  | { readonly type: 'failed'; readonly error: string };

const PROGRESS_EVERY_MS = 250;

const send = (m: JobMessage): Promise<void> =>
  new Promise((resolve) => {
    process.send!(m, undefined, {}, () => resolve());
  });

process.once('message', (start: JobStart) => {
  void (async () => {
    let last = 0;
    let outcome: JobMessage;
    try {
      const store = openStore(start.caseDir);
      try {
        const result = await runJobWork(store, start.params, start, (progress) => {
          const now = Date.now();
          if (now - last < PROGRESS_EVERY_MS) return;
          last = now;
          void send({ type: 'progress', progress });
        });
        outcome = { type: 'done', outcome: result };
      } finally {
        await store.close();
      }
    } catch (e) {
      outcome = { type: 'failed', error: messageOf(e) };
    }
    await send(outcome);
    process.disconnect();
  })();
});
