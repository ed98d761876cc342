import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { AnalysisStore, MessageSpan } from '../../store/analysis.ts';
import { startWorker } from '../../runtime/ts-worker.ts';
import type { SliceAnswer, SliceJob } from './features.worker.ts';
import { compileLexicon, type Lexicon } from './lexicon.ts';
import { sliceFeatures, type SliceFeatures } from './message-features.ts';

/** Messages per slice of the features pass: the unit of work handed to a thread. */
export const SLICE_MESSAGES = 250_000;

export interface SliceOptions {
  /** Worker threads; 0 works on this thread. Default: one per core, at most 2, none for small cases. */
  readonly threads?: number;
  readonly sliceMessages?: number;
}

/** Storage-position ranges of about `size` messages each, covering the span. */
export function sliceRanges(span: MessageSpan, size: number): Array<readonly [number, number]> {
  if (span.count === 0) return [];
  const n = Math.max(1, Math.ceil(span.count / size));
  const width = Math.ceil((span.end - span.first) / n);
  const out: Array<readonly [number, number]> = [];
  for (let from = span.first; from < span.end; from += width)
    out.push([from, Math.min(span.end, from + width)]);
  return out;
}

/**
 * The features of every slice of the case's messages, yielded in storage order (so results do not
 * depend on the number of threads): on worker threads that open their own readers when the store
 * gives an address, else on this thread.
 */
export async function* featureSlices(
  analysis: AnalysisStore,
  lexicon: Lexicon,
  options: SliceOptions = {},
): AsyncGenerator<SliceFeatures> {
  const span = await analysis.messageSpan();
  const size = options.sliceMessages ?? SLICE_MESSAGES;
  const ranges = sliceRanges(span, size);
  const address = analysis.readerAddress();
  const threads =
    address === null
      ? 0
      : (options.threads ?? (span.count < 2 * size ? 0 : Math.min(2, availableParallelism())));
  if (threads === 0) {
    const rules = compileLexicon(lexicon);
    for (const [from, to] of ranges) yield await sliceFeatures(analysis.featureMessages(from, to), rules);
    return;
  }
  yield* onWorkers(address!, lexicon, ranges, Math.min(threads, ranges.length));
}

async function* onWorkers(
  address: string,
  lexicon: Lexicon,
  ranges: ReadonlyArray<readonly [number, number]>,
  threads: number,
): AsyncGenerator<SliceFeatures> {
  const settle: Array<{ resolve: (r: SliceFeatures) => void; reject: (e: Error) => void }> = [];
  const results = ranges.map(
    (_, i) =>
      new Promise<SliceFeatures>((resolve, reject) => {
        settle[i] = { resolve, reject };
      }),
  );
  // a failure is delivered when its slice is awaited; avoid unhandled rejections before then
  for (const r of results) r.catch(() => undefined);
  let next = 0;
  const workers: Worker[] = [];
  const failAll = (e: Error): void => settle.forEach((s) => s.reject(e));
  const give = (w: Worker): void => {
    if (next >= ranges.length) return;
    const [from, to] = ranges[next]!;
    w.postMessage({ index: next++, from, to } satisfies SliceJob);
  };
  for (let t = 0; t < threads; t++) {
    const w = startWorker(new URL('./features.worker.ts', import.meta.url), {
      workerData: { address, lexicon },
    });
    w.on('message', (a: SliceAnswer) => {
      if (a.ok) settle[a.index]!.resolve(a.result);
      else settle[a.index]!.reject(new Error(a.error));
      give(w);
    });
    w.on('error', failAll);
    workers.push(w);
    give(w);
  }
  try {
    for (const r of results) yield await r;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
