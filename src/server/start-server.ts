import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { SQLITE_FILE } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import type { AnalysisSnapshot } from './analysis-snapshot.ts';
import { keepAnalysisWarm, warmAnalysis } from './analysis-warmer.ts';
import { readAhead } from './person-records.ts';
import { buildApp } from './app.ts';
import { workerAuditLog } from './audit-writer/worker-audit-log.ts';
import type { EventBus } from './event-bus.ts';
import { caseReaderFor } from './read-model/case-reader-for.ts';

export interface ServeOptions {
  readonly caseDir: string;
  readonly store: Store;
  readonly host: string;
  readonly port: number;
  readonly readers?: number;
  readonly secureCookies?: boolean;
  readonly bus?: EventBus;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Brings the full-text index up to date, starts the reader threads on the case's database file,
 * loads the latest analysis (so no user's request waits for it), and listens; from then on a newer
 * analysis is loaded within ANALYSIS_CHECK_MS of finishing. Closing stops the server and the
 * threads; the caller closes the store.
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  await o.store.finalizeIngest();
  // SQLite reads wait on I/O as well as CPU: two threads help even on two cores.
  const readers = o.readers ?? Math.min(4, Math.max(2, availableParallelism()));
  const reader = caseReaderFor(join(o.caseDir, SQLITE_FILE), readers);
  // Audit appends are committed on a thread of their own: the event loop never waits on the disk.
  const auditLog = workerAuditLog(join(o.caseDir, SQLITE_FILE), o.store.audit);
  const { app } = await buildApp({
    store: o.store,
    auditLog,
    reader,
    bus: o.bus,
    secureCookies: o.secureCookies,
    packagesDir: join(o.caseDir, 'packages'),
    caseDir: o.caseDir,
  });
  // The latest analysis now, so no request waits for it; then, in the background, the records of
  // the profiles investigators open first (person-records.ts), again after each newer analysis.
  let closed = false;
  let current: AnalysisSnapshot | null = null;
  const fail = (what: string) => (e: unknown) =>
    process.stderr.write(`vigil serve: ${what} failed: ${String(e)}\n`);
  const readAheadOf = (snap: AnalysisSnapshot): void => {
    if (snap === current) return;
    current = snap;
    readAhead(reader, snap, () => closed || current !== snap).catch((e: unknown) => {
      // Closing the server stops the reader threads under a read-ahead: not a failure.
      if (!closed) fail('reading profiles ahead')(e);
    });
  };
  readAheadOf(await warmAnalysis(o.store));
  const stopWarming = keepAnalysisWarm(o.store, fail('loading the latest analysis'), undefined, readAheadOf);
  await app.listen({ host: o.host, port: o.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    app,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
    close: async () => {
      stopWarming();
      closed = true;
      await app.close();
      await reader.close();
      // Last: a request still finishing may yet log what it did.
      await auditLog.close();
    },
  };
}
