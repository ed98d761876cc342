import type { Worker } from 'node:worker_threads';
import { VigilError } from '../../core/errors.ts';
import { startWorker } from '../../runtime/ts-worker.ts';
import type { CaseReader, ReaderMethod } from './case-reader.ts';
import type { ReaderRequest, ReaderResponse } from './reader-worker.ts';

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number;
  pending: Map<number, Pending>;
}

/**
 * Runs the workbench's reads on `size` worker threads, each with its own read-only connection to the
 * SQLite file at `path`, so a slow search never stalls other users' requests. Requests go to the
 * least busy thread; a thread that dies fails its pending requests and is replaced.
 */
export function readerPool(path: string, size = 2): CaseReader {
  let nextId = 1;
  let closed = false;
  const slots: Slot[] = [];

  const spawn = (index: number): Slot => {
    const slot: Slot = {
      worker: startWorker(new URL('./reader-worker.ts', import.meta.url), { workerData: { path } }),
      busy: 0,
      pending: new Map(),
    };
    slot.worker.on('message', (m: ReaderResponse | { ready: true }) => {
      if (!('id' in m)) return;
      const p = slot.pending.get(m.id);
      if (p === undefined) return;
      slot.pending.delete(m.id);
      slot.busy--;
      if (slot.busy === 0) slot.worker.unref();
      if (m.ok) p.resolve(m.value);
      else
        p.reject(
          m.error.status === null
            ? new Error(m.error.message)
            : new VigilError(
                m.error.message,
                m.error.status as VigilError['status'],
                m.error.code ?? undefined,
              ),
        );
    });
    const fail = (e: Error): void => {
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      slot.busy = 0;
      if (!closed) slots[index] = spawn(index);
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`a reader thread stopped (exit ${code})`));
    });
    slot.worker.unref();
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn(i));

  const call = <T>(method: ReaderMethod, ...args: unknown[]): Promise<T> => {
    if (closed) return Promise.reject(new Error('the reader pool is closed'));
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = nextId++;
    slot.busy++;
    // Idle threads never keep the process alive; busy ones do, until they answer.
    slot.worker.ref();
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve, reject });
      slot.worker.postMessage({ id, method, args } satisfies ReaderRequest);
    });
  };

  return {
    search: (q) => call('search', q),
    stats: () => call('stats'),
    thread: (platform, messageId, around) => call('thread', platform, messageId, around),
    senderCountries: () => call('senderCountries'),
    evidenceMessages: (ids) => call('evidenceMessages', ids),
    profileRecords: (q) => call('profileRecords', q),
    close: async () => {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
