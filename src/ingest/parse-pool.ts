import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime/ts-worker.ts';
import { unpackBatch, type PackedBatch } from './packed-batch.ts';
import { parseFile, type ParseEvent, type ParseJob } from './parse-job.ts';

/** What the worker sends: parse events, batches packed for the crossing, and the end of a job. */
type WorkerMessage = ParseEvent | { type: 'packed'; packed: PackedBatch } | { type: 'end' };

/** Where files are parsed: a worker thread (parsing overlaps storing) or, for tests, this thread. */
export interface Parser {
  parse(job: ParseJob): AsyncIterable<ParseEvent>;
  close(): Promise<void>;
}

export function inlineParser(): Parser {
  return { parse: parseFile, close: () => Promise.resolve() };
}

export function workerParser(): Parser {
  const worker: Worker = startWorker(new URL('./parse-worker.ts', import.meta.url));
  return {
    parse: (job) => fromWorker(worker, job),
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Events of one job, acknowledging each batch once the consumer has taken it. */
async function* fromWorker(worker: Worker, job: ParseJob): AsyncGenerator<ParseEvent> {
  const queue: WorkerMessage[] = [];
  let notify: (() => void) | undefined;
  let failure: Error | undefined;
  const onMessage = (m: WorkerMessage): void => {
    queue.push(m);
    notify?.();
  };
  const onError = (e: Error): void => {
    failure = e;
    notify?.();
  };
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.postMessage({ type: 'job', job });
  try {
    for (;;) {
      while (queue.length === 0 && failure === undefined) await new Promise<void>((r) => (notify = r));
      if (failure !== undefined) throw failure;
      const m = queue.shift()!;
      if (m.type === 'end') return;
      yield m.type === 'packed' ? { type: 'batch', batch: unpackBatch(m.packed) } : m;
      if (m.type === 'batch' || m.type === 'packed') worker.postMessage({ type: 'ack' });
    }
  } finally {
    worker.off('message', onMessage);
    worker.off('error', onError);
  }
}
