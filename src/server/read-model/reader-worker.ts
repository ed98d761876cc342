import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { isVigilError, messageOf } from '../../core/errors.ts';
import type { ReaderMethod } from './case-reader.ts';
import { sqliteReads } from './sqlite-reads.ts';

/** One reader thread: its own read-only connection to the case database, one request at a time. */
export interface ReaderRequest {
  readonly id: number;
  readonly method: ReaderMethod;
  readonly args: readonly unknown[];
}

export type ReaderResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { message: string; status: number | null; code: string | null };
    };

const { path } = workerData as { path: string };
const db = new Database(path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 10000');
db.pragma('cache_size = -65536');
const reads = sqliteReads(db);
const port = parentPort!;

port.on('message', (req: ReaderRequest) => {
  const fn = reads[req.method] as (...args: unknown[]) => Promise<unknown>;
  // Through a promise, so a synchronous throw is answered like any other failure.
  Promise.resolve()
    .then(() => fn(...req.args))
    .then(
      (value) => port.postMessage({ id: req.id, ok: true, value } satisfies ReaderResponse),
      (e: unknown) =>
        port.postMessage({
          id: req.id,
          ok: false,
          error: {
            message: messageOf(e),
            status: isVigilError(e) ? e.status : null,
            code: isVigilError(e) ? e.code : null,
          },
        } satisfies ReaderResponse),
    );
});
port.postMessage({ ready: true });
