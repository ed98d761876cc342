import sharp from 'sharp';
import { hashFile, type HashFileOptions } from '../hash-file.ts';
import type { MediaResult } from '../media-result.ts';

/** A task sent to a hashing child process. */
export interface HashTask {
  id: number;
  path: string;
  label: string;
  options: Partial<HashFileOptions>;
}

export interface HashReply {
  id: number;
  result?: MediaResult;
  failure?: string;
}

// One decode at a time per process and no cache: the pool provides the parallelism,
// and memory stays bounded per file.
sharp.concurrency(1);
sharp.cache(false);

// The pool went away (its process ended): stop too.
process.on('disconnect', () => process.exit(0));

process.on('message', (task: HashTask) => {
  hashFile(task.path, task.label, task.options).then(
    (result) => process.send?.({ id: task.id, result } satisfies HashReply),
    (e: unknown) =>
      process.send?.({
        id: task.id,
        failure: e instanceof Error ? e.message : String(e),
      } satisfies HashReply),
  );
});
