/**
 * Background jobs the workbench starts (issue 6): ingest a bundle, run the analysis, build packages.
 * Types and the list of kinds only, so the web app shares them (it imports types only from core).
 */
export const JOB_KINDS = ['ingest', 'analyze', 'package'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * queued → running → done | failed | cancelled; a job that was queued or running when the server
 * stopped is `interrupted` when it starts again.
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

/** What a job was asked to do. */
export type JobParams =
  | { readonly kind: 'ingest'; readonly path: string }
  | { readonly kind: 'analyze' }
  | {
      readonly kind: 'package';
      readonly countries: readonly string[] | 'all';
      readonly override?: string;
    };

/** How far a running job is: `done` of `total` steps (total null: a count with no known end). */
export interface JobProgress {
  /** What it is doing now, e.g. "linkage" or "messages-01.csv". */
  readonly phase: string;
  readonly done: number;
  readonly total: number | null;
  /** What `done` counts, e.g. "stages", "rows". */
  readonly unit: string;
}

export interface Job {
  readonly id: number;
  readonly kind: JobKind;
  readonly params: JobParams;
  readonly status: JobStatus;
  /** Who started it. */
  readonly user: string;
  /** The countries a package job is for (null: the whole case), for who may see it. */
  readonly countries: readonly string[] | null;
  readonly created_at: number;
  readonly started_at: number | null;
  readonly finished_at: number | null;
  readonly progress: JobProgress | null;
  /** A short summary of what it did (the CLI's --json figures), when done. */
  readonly result: JobResult | null;
  /** One sentence, when failed. */
  readonly error: string | null;
}

/** What a finished job reports, by kind. */
export type JobResult =
  | {
      readonly kind: 'ingest';
      readonly files: number;
      readonly rows_read: number;
      readonly rows_stored: number;
      readonly rows_quarantined: number;
      readonly duplicates: number;
      readonly skipped_files: number;
    }
  | {
      readonly kind: 'analyze';
      readonly persons: number | null;
      readonly leads: number | null;
      readonly urgent: number | null;
      readonly seconds: Readonly<Record<string, number>>;
    }
  | {
      readonly kind: 'package';
      readonly build: string;
      readonly packages: readonly { readonly country: string; readonly leads: number }[];
    };
