import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime/ts-worker.ts';
import { parseFile, type ParseEvent, type ParseJob } from './parse-job.ts';

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
  const queue: (ParseEvent | { type: 'end' })[] = [];
  let notify: (() => void) | undefined;
  let failure: Error | undefined;
  const onMessage = (m: ParseEvent | { type: 'end' }): void => {
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
      yield m;
      if (m.type === 'batch') worker.postMessage({ type: 'ack' });
    }
  } finally {
    worker.off('message', onMessage);
    worker.off('error', onError);
  }
}
