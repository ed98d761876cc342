/**
 * A thread of the features pass: opens its own reader of the case's messages and works on the
 * slices the main thread hands it, one at a time, answering each with its features.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openFeatureReader } from '../../store/sqlite/analysis.ts';
import { compileLexicon, type Lexicon } from './lexicon.ts';
import { sliceFeatures, type SliceFeatures } from './message-features.ts';

export interface SliceJob {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

export type SliceAnswer =
  | { readonly index: number; readonly ok: true; readonly result: SliceFeatures }
  | { readonly index: number; readonly ok: false; readonly error: string };

const { address, lexicon } = workerData as { address: string; lexicon: Lexicon };
const reader = openFeatureReader(address);
const rules = compileLexicon(lexicon);
const port = parentPort!;

port.on('message', (job: SliceJob) => {
  sliceFeatures(reader.featureMessages(job.from, job.to), rules).then(
    (result) => port.postMessage({ index: job.index, ok: true, result } satisfies SliceAnswer),
    (e: unknown) =>
      port.postMessage({
        index: job.index,
        ok: false,
        error: e instanceof Error ? e.message : String(e),
      } satisfies SliceAnswer),
  );
});
