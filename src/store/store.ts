import type { KeyedRecord, QuarantinedRow, RecordKind } from '../core/records.ts';
import type { SearchQuery, SearchResult } from './search-types.ts';
import type { AnalysisStore } from './analysis.ts';
import type { AuditLog } from './audit.ts';
import type { UserStore } from './users.ts';
import type { ReviewStore } from './reviews.ts';
import type { JobStore } from './jobs.ts';
import type { HistoryStore } from './history.ts';
import type { MediaStore } from './media.ts';
import type { NetworkStore } from './networks.ts';

/**
 * The Store contract: everything the stages, the server and the CLI may ask of a case's storage.
 * Each backend (sqlite/, later postgres/) implements it whole; backend-specific SQL lives only there.
 * Differences between backends are capability flags, never checks of which backend this is.
 */
export interface StoreCapabilities {
  /** The backend indexes message bodies for full-text search. */
  readonly fullTextSearch: boolean;
  /** Several processes may write to the same case at once. */
  readonly concurrentWriters: boolean;
}

export interface SourceFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly kind: RecordKind;
}

export interface BatchResult {
  readonly stored: number;
  readonly duplicates: number;
  readonly quarantined: number;
}

export interface FileCounts {
  readonly rows_read: number;
  readonly rows_stored: number;
  readonly rows_quarantined: number;
  readonly duplicates: number;
}

export interface QuarantineEntry {
  readonly file: string;
  readonly file_sha256: string;
  readonly kind: RecordKind;
  readonly line: number;
  readonly raw: string;
  readonly reason: string;
}

export interface KindStats {
  readonly kind: RecordKind;
  readonly count: number;
  /** Earliest and latest record time (epoch ms), where the kind has times. */
  readonly first: number | null;
  readonly last: number | null;
}

export interface CaseStats {
  readonly kinds: readonly KindStats[];
  readonly accounts: number;
  readonly platforms: readonly { platform: string; accounts: number; messages: number }[];
  readonly sources: number;
  readonly quarantined: number;
  readonly runs: number;
}

export interface IngestRun {
  readonly id: number;
  readonly started_at: number;
  readonly finished_at: number | null;
  readonly status: 'running' | 'ok' | 'failed';
}

export interface Store {
  readonly capabilities: StoreCapabilities;
  readonly users: UserStore;
  readonly audit: AuditLog;
  readonly analysis: AnalysisStore;
  readonly reviews: ReviewStore;
  /** Background jobs started from the workbench, and how they ended. */
  readonly jobs: JobStore;
  /** Snapshots of past analyses, to say what a new one changed. */
  readonly history: HistoryStore;
  readonly media: MediaStore;
  readonly networks: NetworkStore;
  /** A short description for logs and `vigil stats`, e.g. "sqlite case/vigil.db". */
  readonly description: string;

  close(): Promise<void>;

  // ingest
  startRun(command: string): Promise<number>;
  finishRun(runId: number, status: 'ok' | 'failed', report: unknown): Promise<void>;
  runs(): Promise<readonly IngestRun[]>;
  /** Registers a source file (by content); the same content always gets the same id. */
  registerSource(runId: number, file: SourceFile): Promise<number>;
  /** Stores one batch in one transaction: new records, duplicates counted, quarantined rows kept. */
  writeBatch(
    sourceId: number,
    kind: RecordKind,
    records: readonly KeyedRecord[],
    quarantined: readonly QuarantinedRow[],
  ): Promise<BatchResult>;
  finishSource(runId: number, sourceId: number, counts: FileCounts, error: string | null): Promise<void>;
  /**
   * Called before a run stores `incomingBytes` of message files: a backend may set up for a bulk
   * load (SQLite drops secondary indexes when the load is large next to the case). Crash-safe:
   * whatever it defers, `finalizeIngest` or the next open restores.
   */
  prepareIngest(incomingBytes: number): Promise<void>;
  /**
   * Brings derived indexes (full-text, and whatever `prepareIngest` deferred) up to date with
   * everything stored. Safe to call at any time. A backend that deferred deduplication finds the
   * duplicates now: it returns how many rows of each source id turned out to be duplicates, and
   * corrects run `runId`'s counts for those sources (callers correct their own reports).
   */
  finalizeIngest(runId?: number): Promise<ReadonlyMap<number, number>>;

  // reading
  search(query: SearchQuery): Promise<SearchResult>;
  stats(): Promise<CaseStats>;
  quarantine(limit?: number): Promise<readonly QuarantineEntry[]>;
  /** Every record of a kind, in storage order, for stages and tests (streams; memory stays flat). */
  records(kind: RecordKind): AsyncIterable<StoredRow>;
  /** Messages by their message ids (any platform), with provenance. */
  messagesByIds(ids: readonly string[]): Promise<readonly StoredRow[]>;
  /** Every source file the case was built from. */
  sources(): Promise<readonly { path: string; sha256: string; kind: RecordKind }[]>;
  /** The case's stable id (made when the case was created) and the time of its last analysis. */
  caseInfo(): Promise<{ id: string; analysedAt: number | null }>;
  /**
   * The time of the last analysis alone (caseInfo's analysedAt), read without writing anything: the
   * workbench asks on every request whether a new analysis has finished. Optional: callers fall
   * back to caseInfo.
   */
  analysedAt?(): Promise<number | null>;
}

/** A stored record as plain columns, with its provenance. */
export interface StoredRow {
  readonly [column: string]: unknown;
  readonly file_sha256: string;
  readonly line: number;
}
