import type { Store } from '../../store/store.ts';

/** An ingest run left open by a job whose process was stopped (cancelled, or it died). */
export interface IngestRecovery {
  readonly runId: number;
  /** Why the run ended, one sentence, kept in the run's report. */
  readonly reason: string;
}

/**
 * Ends an ingest run that its process did not finish: the run is marked failed (its report says why
 * and that it was cut short), then the case's derived indexes are brought up to date with what the
 * run did store — the secondary indexes a bulk load deferred (opening the store already restores
 * them) and the full-text index. Records stored before the stop stay: each batch was one
 * transaction, and ingesting the same files again stores only what is missing. Leaves a run that
 * has already ended alone. Runs in a job process: rebuilding indexes is long work.
 */
export async function recoverIngestRun(store: Store, r: IngestRecovery): Promise<boolean> {
  const run = (await store.runs()).find((x) => x.id === r.runId);
  if (run === undefined || run.status !== 'running') return false;
  await store.finishRun(r.runId, 'failed', {
    run_id: r.runId,
    interrupted: true,
    error: r.reason,
    files: [],
    skipped_files: [],
  });
  await store.finalizeIngest(r.runId);
  return true;
}
