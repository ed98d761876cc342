import type { Store } from '../store/store.ts';
import { analysisSnapshot, type AnalysisSnapshot } from './analysis-snapshot.ts';
import { sortedQueue } from './lead-queue-cache.ts';

/** How often a running server looks for an analysis finished elsewhere (`vigil analyze`). */
export const ANALYSIS_CHECK_MS = 5_000;

/**
 * Loads what the first queue request after an analysis would otherwise wait for: the analysis
 * snapshot (every scored person), the reviews carried over to the new persons, and the queue's
 * rows in the default order. Cheap when nothing changed (one lookup of the last analysis time).
 */
export async function warmAnalysis(store: Store): Promise<AnalysisSnapshot> {
  const [snap, reviews] = await Promise.all([analysisSnapshot(store), store.reviews.reviews()]);
  sortedQueue(snap, reviews, 'rank', undefined);
  return snap;
}

/**
 * Warms now, then every `everyMs` (unref'd: it never keeps the process up), so an analysis
 * finished by a job or by `vigil analyze` in another process is loaded before a user asks for it.
 * A failed check is reported and retried at the next tick; `onLoaded` gets the current snapshot
 * after every check. Returns a function that stops it.
 */
export function keepAnalysisWarm(
  store: Store,
  onError: (e: unknown) => void,
  everyMs = ANALYSIS_CHECK_MS,
  onLoaded: (snap: AnalysisSnapshot) => void = () => undefined,
): () => void {
  let busy = false;
  const tick = (): void => {
    if (busy) return;
    busy = true;
    warmAnalysis(store)
      .then(onLoaded, onError)
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
