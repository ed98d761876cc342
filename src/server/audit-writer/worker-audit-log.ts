import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../runtime/ts-worker.ts';
import type { AuditEntry, AuditEntryInput, AuditFilter, AuditLog } from '../../store/audit.ts';
import type { AppendRequest, AppendResponse } from './audit-worker.ts';

export interface WorkerAuditLog extends AuditLog {
  close(): Promise<void>;
}

interface Pending {
  resolve(e: AuditEntry): void;
  reject(e: Error): void;
}

/**
 * The case's audit log with appends made on a thread of its own (audit-worker.ts, its own
 * connection to the SQLite file at `path`): the server's event loop never waits on the disk for a
 * log write. Entries arriving together are committed in one transaction, in the order they were
 * appended, chained like any other append (other processes may append between batches).
 *
 * The guarantee: `append` resolves only after the transaction holding the entry has committed, and
 * callers send their response after it resolves — a view whose response went out is in the log. A
 * failed commit, or the thread stopping, rejects every pending append (the request then fails; the
 * thread is restarted for the next). Reads (list, entries, count) go to `reads`, the store's log.
 */
export function workerAuditLog(path: string, reads: AuditLog): WorkerAuditLog {
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, Pending>();
  let worker: Worker;

  const start = (): void => {
    worker = startWorker(new URL('./audit-worker.ts', import.meta.url), { workerData: { path } });
    worker.on('message', (m: AppendResponse) => {
      const p = pending.get(m.id);
      if (p === undefined) return;
      pending.delete(m.id);
      if (pending.size === 0) worker.unref();
      if (m.ok) p.resolve(m.entry);
      else p.reject(new Error(`The audit log could not be written: ${m.error}`));
    });
    const fail = (e: Error): void => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      if (!closed) start();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closed) fail(new Error(`The audit log thread stopped (exit ${code}).`));
    });
    worker.unref();
  };
  start();

  return {
    append(entry: AuditEntryInput): Promise<AuditEntry> {
      if (closed) return Promise.reject(new Error('The audit log is closed.'));
      const id = nextId++;
      // While an append is pending the thread keeps the process up; idle, it never does.
      worker.ref();
      return new Promise<AuditEntry>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, entry } satisfies AppendRequest);
      });
    },
    list: (filter: AuditFilter) => reads.list(filter),
    entries: () => reads.entries(),
    count: () => reads.count(),
    async close(): Promise<void> {
      // Let the appends already sent commit and be answered (for up to 10 s), then stop the thread.
      const until = Date.now() + 10_000;
      while (pending.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      closed = true;
      await worker.terminate();
    },
  };
}
