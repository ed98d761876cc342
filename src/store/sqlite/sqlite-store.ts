import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { KeyedRecord, QuarantinedRow, RecordKind } from '../../core/records.ts';
import type { SearchQuery, SearchResult } from '../search-types.ts';
import type {
  BatchResult,
  CaseStats,
  FileCounts,
  IngestRun,
  QuarantineEntry,
  SourceFile,
  Store,
  StoreCapabilities,
  StoredRow,
} from '../store.ts';
import { env } from '../../core/config.ts';
import { deferIndexesForBulkLoad, MIN_BULK_BYTES, restoreDeferredIndexes } from './deferred-indexes.ts';
import { catchUpFts } from './fts-index.ts';
import { migrate } from './migrate.ts';
import { RECORD_TABLES } from './record-tables.ts';
import { search } from './search.ts';
import { stats } from './stats.ts';
import { BatchWriter } from './write-batch.ts';
import { SqliteAnalysisStore } from './analysis.ts';
import { SqliteAuditLog } from './audit.ts';
import { SqliteUserStore } from './users.ts';
import { SqliteReviewStore } from './reviews.ts';
import { SqliteJobStore } from './jobs.ts';
import { SqliteHistoryStore } from './history.ts';
import { SqliteMediaStore } from './media.ts';
import { SqliteNetworkStore } from './networks.ts';

export const SQLITE_FILE = 'vigil.db';

/** The embedded store: one SQLite database per case folder, WAL mode. */
export class SqliteStore implements Store {
  readonly capabilities: StoreCapabilities = { fullTextSearch: true, concurrentWriters: false };
  readonly description: string;
  readonly db: Database.Database;
  private writer: BatchWriter | undefined;
  readonly users = new SqliteUserStore(() => this.db);
  readonly audit = new SqliteAuditLog(() => this.db);
  readonly analysis = new SqliteAnalysisStore(() => this.db);
  readonly reviews = new SqliteReviewStore(() => this.db);
  readonly jobs = new SqliteJobStore(() => this.db);
  readonly history = new SqliteHistoryStore(() => this.db);
  readonly media = new SqliteMediaStore(
    () => this.db,
    () => this.readConnection(),
  );
  readonly networks = new SqliteNetworkStore(() => this.db);

  private reader: Database.Database | undefined;
  /** analysedAt's statement, prepared once: it runs on every workbench request. */
  private lastAnalysis: Database.Statement | undefined;

  private constructor(private readonly path: string) {
    this.description = `sqlite ${path}`;
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -262144');
    this.db.pragma('temp_store = MEMORY');
    // Checkpoint every 64 MB of WAL instead of 4 MB: bulk loads spend far less time copying pages back.
    this.db.pragma('wal_autocheckpoint = 16384');
    migrate(this.db);
    // an ingest killed during a bulk load left its secondary indexes dropped: put them back
    restoreDeferredIndexes(this.db);
  }

  /** Opens (creating if needed) the case in `dir`; `:memory:` gives a throwaway store for tests. */
  static open(dir: string): SqliteStore {
    if (dir === ':memory:') return new SqliteStore(':memory:');
    mkdirSync(dir, { recursive: true });
    return new SqliteStore(join(dir, SQLITE_FILE));
  }

  close(): Promise<void> {
    this.reader?.close();
    this.db.close();
    return Promise.resolve();
  }

  startRun(command: string): Promise<number> {
    const r = this.db
      .prepare("INSERT INTO runs (command, started_at, status) VALUES (?, ?, 'running')")
      .run(command, Date.now());
    return Promise.resolve(Number(r.lastInsertRowid));
  }

  finishRun(runId: number, status: 'ok' | 'failed', report: unknown): Promise<void> {
    this.db
      .prepare('UPDATE runs SET finished_at = ?, status = ?, report = ? WHERE id = ?')
      .run(Date.now(), status, JSON.stringify(report), runId);
    return Promise.resolve();
  }

  runs(): Promise<readonly IngestRun[]> {
    return Promise.resolve(
      this.db
        .prepare('SELECT id, started_at, finished_at, status FROM runs ORDER BY id')
        .all() as IngestRun[],
    );
  }

  registerSource(runId: number, file: SourceFile): Promise<number> {
    const id = this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO sources (sha256, path, size, kind, first_run) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
        )
        .run(file.sha256, file.path, file.size, file.kind, runId);
      const sourceId = this.db
        .prepare('SELECT id FROM sources WHERE sha256 = ?')
        .pluck()
        .get(file.sha256) as number;
      this.db
        .prepare('INSERT INTO source_runs (run_id, source_id, path) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
        .run(runId, sourceId, file.path);
      return sourceId;
    })();
    return Promise.resolve(id);
  }

  writeBatch(
    sourceId: number,
    kind: RecordKind,
    records: readonly KeyedRecord[],
    quarantined: readonly QuarantinedRow[],
  ): Promise<BatchResult> {
    this.writer ??= new BatchWriter(this.db);
    return Promise.resolve(this.writer.writeBatch(sourceId, kind, records, quarantined));
  }

  finishSource(runId: number, sourceId: number, c: FileCounts, error: string | null): Promise<void> {
    this.db
      .prepare(
        `UPDATE source_runs SET rows_read = ?, rows_stored = ?, rows_quarantined = ?, duplicates = ?, error = ?
         WHERE run_id = ? AND source_id = ?`,
      )
      .run(c.rows_read, c.rows_stored, c.rows_quarantined, c.duplicates, error, runId, sourceId);
    return Promise.resolve();
  }

  prepareIngest(incomingBytes: number): Promise<void> {
    // the writer's statements depend on which indexes exist
    const min = env().VIGIL_BULK_LOAD_BYTES ?? MIN_BULK_BYTES;
    if (deferIndexesForBulkLoad(this.db, incomingBytes, min)) this.writer = undefined;
    return Promise.resolve();
  }

  finalizeIngest(runId?: number): Promise<ReadonlyMap<number, number>> {
    const { restored, duplicates } = restoreDeferredIndexes(this.db);
    if (restored > 0) this.writer = undefined;
    if (runId !== undefined && duplicates.size > 0) {
      const correct = this.db.prepare(
        `UPDATE source_runs SET rows_stored = rows_stored - ?, duplicates = duplicates + ?
         WHERE run_id = ? AND source_id = ?`,
      );
      this.db.transaction(() => {
        for (const [sourceId, n] of duplicates) correct.run(n, n, runId, sourceId);
      })();
    }
    catchUpFts(this.db);
    return Promise.resolve(duplicates);
  }

  search(query: SearchQuery): Promise<SearchResult> {
    catchUpFts(this.db);
    return Promise.resolve(search(this.db, query));
  }

  stats(): Promise<CaseStats> {
    return Promise.resolve(stats(this.db));
  }

  quarantine(limit = 1000): Promise<readonly QuarantineEntry[]> {
    return Promise.resolve(
      this.db
        .prepare(
          `SELECT s.path AS file, s.sha256 AS file_sha256, q.kind, q.line, q.raw, q.reason
           FROM quarantine q JOIN sources s ON s.id = q.source_id ORDER BY s.path, q.line LIMIT ?`,
        )
        .all(limit) as QuarantineEntry[],
    );
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the contract is async; SQLite answers synchronously
  async *records(kind: RecordKind): AsyncIterable<StoredRow> {
    const t = RECORD_TABLES[kind];
    const stmt = this.readConnection().prepare(
      `SELECT ${t.columns.map((c) => `r.${c}`).join(', ')}, s.sha256 AS file_sha256, r.line
       FROM ${t.table} r JOIN sources s ON s.id = r.source_id ORDER BY r.id`,
    );
    for (const row of stmt.iterate()) yield row as StoredRow;
  }

  messagesByIds(ids: readonly string[]): Promise<readonly StoredRow[]> {
    const t = RECORD_TABLES.messages;
    // (platform, message_id) is indexed; the platforms are few, so each id is a handful of lookups
    const stmt = this.db.prepare(
      `SELECT ${t.columns.map((c) => `r.${c}`).join(', ')}, s.sha256 AS file_sha256, r.line
       FROM messages r JOIN sources s ON s.id = r.source_id
       WHERE r.platform IN (SELECT DISTINCT platform FROM handles) AND r.message_id = ? ORDER BY r.id`,
    );
    return Promise.resolve([...new Set(ids)].flatMap((id) => stmt.all(id) as StoredRow[]));
  }

  sources(): Promise<readonly { path: string; sha256: string; kind: RecordKind }[]> {
    return Promise.resolve(
      this.db.prepare('SELECT path, sha256, kind FROM sources ORDER BY path, sha256').all() as {
        path: string;
        sha256: string;
        kind: RecordKind;
      }[],
    );
  }

  caseInfo(): Promise<{ id: string; analysedAt: number | null }> {
    this.db
      .prepare("INSERT INTO meta (key, value) VALUES ('case_id', ?) ON CONFLICT (key) DO NOTHING")
      .run(randomUUID());
    const id = this.db.prepare("SELECT value FROM meta WHERE key = 'case_id'").pluck().get() as string;
    const analysedAt = this.db.prepare('SELECT max(finished_at) FROM analysis_stages').pluck().get() as
      number | null;
    return Promise.resolve({ id, analysedAt });
  }

  analysedAt(): Promise<number | null> {
    this.lastAnalysis ??= this.db.prepare('SELECT max(finished_at) FROM analysis_stages').pluck();
    return Promise.resolve(this.lastAnalysis.get() as number | null);
  }

  /**
   * A second, read-only connection for long scans, so a stage can stream records while it writes
   * its results on the main connection (an in-memory case has only the one).
   */
  private readConnection(): Database.Database {
    if (this.path === ':memory:') return this.db;
    this.reader ??= new Database(this.path, { readonly: true });
    return this.reader;
  }
}
