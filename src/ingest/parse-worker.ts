import { parentPort } from 'node:worker_threads';
import { packBatch, transferablesOf } from './packed-batch.ts';
import { parseFile, type ParseJob } from './parse-job.ts';

/**
 * Worker thread: parses files so the main thread only writes to the store. At most IN_FLIGHT
 * batches wait unacknowledged, so a slow store holds parsing back and memory stays flat.
 */
const IN_FLIGHT = 3;
const port = parentPort!;
let credits = IN_FLIGHT;
let wake: (() => void) | undefined;

type Incoming = { type: 'job'; job: ParseJob } | { type: 'ack' };

port.on('message', (msg: Incoming) => {
  if (msg.type === 'ack') {
    credits++;
    wake?.();
    wake = undefined;
    return;
  }
  void run(msg.job);
});

async function run(job: ParseJob): Promise<void> {
  credits = IN_FLIGHT;
  for await (const event of parseFile(job)) {
    if (event.type === 'batch') {
      while (credits === 0) await new Promise<void>((r) => (wake = r));
      credits--;
      const packed = packBatch(event.batch);
      if (packed !== null) {
        port.postMessage({ type: 'packed', packed }, transferablesOf(packed));
        continue;
      }
    }
    port.postMessage(event);
  }
  port.postMessage({ type: 'end' });
}
