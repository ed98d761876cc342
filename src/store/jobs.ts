import type { Job, JobKind, JobParams, JobProgress, JobResult, JobStatus } from '../core/job-types.ts';

export type { Job, JobKind, JobParams, JobProgress, JobResult, JobStatus };

/** A job to record before it runs. */
export interface NewJob {
  readonly params: JobParams;
  readonly user: string;
  readonly countries: readonly string[] | null;
  readonly at: number;
}

/**
 * The history of background jobs (issue 6): kept in the case so a restarted server still shows
 * them. Only the runner writes; a job's row moves queued → running → a final status.
 */
export interface JobStore {
  /** Records a queued job and returns it with its id. */
  create(job: NewJob): Promise<Job>;
  start(id: number, at: number): Promise<Job>;
  progress(id: number, progress: JobProgress): Promise<void>;
  finish(
    id: number,
    outcome: {
      status: Extract<JobStatus, 'done' | 'failed' | 'cancelled'>;
      at: number;
      result?: JobResult;
      error?: string;
    },
  ): Promise<Job>;
  byId(id: number): Promise<Job | undefined>;
  /** Newest first. */
  list(limit: number): Promise<readonly Job[]>;
  /** Marks every queued or running job interrupted (the server that ran them stopped); returns how many. */
  interruptUnfinished(at: number): Promise<number>;
}
