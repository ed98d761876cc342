import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { messageOf } from '../../core/errors.ts';
import type { AuditEntry, AuditEntryInput } from '../../store/audit.ts';
import { SqliteAuditLog } from '../../store/sqlite/audit.ts';

/** One entry to append, numbered by the server thread. */
export interface AppendRequest {
  readonly id: number;
  readonly entry: AuditEntryInput;
}

/** The answer, sent only after the transaction holding the entry has committed. */
export type AppendResponse =
  | { readonly id: number; readonly ok: true; readonly entry: AuditEntry }
  | { readonly id: number; readonly ok: false; readonly error: string };

const { path } = workerData as { path: string };
const db = new Database(path, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 10000');
const log = new SqliteAuditLog(db);
const port = parentPort!;

/**
 * Appends the entries in one write transaction (BEGIN IMMEDIATE), each chained to the one before:
 * SqliteAuditLog appends synchronously, as savepoints inside it. A failure rolls back all of them.
 */
const appendAll = db.transaction((requests: readonly AppendRequest[]) =>
  requests.map((r) => log.append(r.entry)),
);

let batch: AppendRequest[] = [];

/** Commits every entry that arrived since the last commit, then answers each: one disk write for many. */
async function flush(): Promise<void> {
  const requests = batch;
  batch = [];
  let appended: Promise<AuditEntry>[];
  try {
    appended = appendAll.immediate(requests);
  } catch (e) {
    for (const r of requests)
      port.postMessage({ id: r.id, ok: false, error: messageOf(e) } satisfies AppendResponse);
    return;
  }
  const entries = await Promise.all(appended);
  requests.forEach((r, i) =>
    port.postMessage({ id: r.id, ok: true, entry: entries[i]! } satisfies AppendResponse),
  );
}

port.on('message', (r: AppendRequest) => {
  if (batch.length === 0) setImmediate(() => void flush());
  batch.push(r);
});
