import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { contentId } from '../../core/hash.ts';
import type { KeyedRecord, QuarantinedRow, RecordKind } from '../../core/records.ts';
import type { BatchResult } from '../store.ts';
import { keyHalves, nextKey } from './record-key.ts';
import { RECORD_TABLES, visitHandles } from './record-tables.ts';

/** Rows bound to one INSERT statement: fewer native calls per row, well under SQLite's bind limit. */
const ROWS_PER_INSERT = 64;

interface KindStatements {
  /**
   * False while a bulk load has the identity index dropped: rows are appended as they come and
   * duplicates are removed when the index is rebuilt (deferred-indexes.ts).
   */
  readonly deduplicates: boolean;
  /** INSERT of ROWS_PER_INSERT rows (full chunks), and of one row (the rest, and collisions). */
  readonly many: Database.Statement;
  readonly one: Database.Statement;
  readonly key2Of: Database.Statement;
}

/**
 * Prepared statements for storing batches. One batch is one transaction: a crash keeps whole
 * batches only, and a re-run counts what is already there as duplicates.
 */
export class BatchWriter {
  private readonly statements = new Map<RecordKind, KindStatements>();
  /** Handles already in the handles table, by platform: most rows name accounts seen many times before. */
  private readonly knownHandles = new Map<string, Set<string>>();
  /** Handles this batch added (platform, handle); known only once its transaction commits. */
  private pendingHandles: [string, string][] = [];
  private readonly noteHandle = (platform: string, handle: string): void => {
    let known = this.knownHandles.get(platform);
    if (known === undefined) this.knownHandles.set(platform, (known = new Set()));
    if (known.has(handle)) return;
    known.add(handle);
    this.pendingHandles.push([platform, handle]);
    this.insertHandle.run(platform, handle);
  };
  private readonly insertHandle: Database.Statement;
  private readonly insertQuarantine: Database.Statement;
  private readonly sourcePath: Database.Statement<[number], { path: string }>;
  private readonly write: (
    sourceId: number,
    kind: RecordKind,
    records: readonly KeyedRecord[],
    quarantined: readonly QuarantinedRow[],
  ) => BatchResult;

  constructor(private readonly db: Database.Database) {
    for (const [kind, t] of Object.entries(RECORD_TABLES) as [
      RecordKind,
      (typeof RECORD_TABLES)[RecordKind],
    ][]) {
      const cols = ['key', 'key2', ...t.columns, 'source_id', 'line'];
      const row = `(${cols.map(() => '?').join(', ')})`;
      const deduplicates = hasUniqueKey(db, t.table);
      const onConflict = deduplicates ? ' ON CONFLICT (key) DO NOTHING' : '';
      const insert = (rows: number): Database.Statement =>
        db.prepare(
          `INSERT INTO ${t.table} (${cols.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}${onConflict}`,
        );
      this.statements.set(kind, {
        deduplicates,
        many: insert(ROWS_PER_INSERT),
        one: insert(1),
        key2Of: db.prepare(`SELECT key2 FROM ${t.table} WHERE key = ?`).safeIntegers(true).pluck(),
      });
    }
    this.insertHandle = db.prepare(
      'INSERT INTO handles (platform, handle) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    this.insertQuarantine = db.prepare(
      'INSERT INTO quarantine (key, source_id, kind, line, raw, reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
    );
    this.sourcePath = db.prepare('SELECT path FROM sources WHERE id = ?');
    this.write = db.transaction(
      (
        sourceId: number,
        kind: RecordKind,
        records: readonly KeyedRecord[],
        quarantined: readonly QuarantinedRow[],
      ) => this.writeNow(sourceId, kind, records, quarantined),
    );
  }

  writeBatch(
    sourceId: number,
    kind: RecordKind,
    records: readonly KeyedRecord[],
    quarantined: readonly QuarantinedRow[],
  ): BatchResult {
    try {
      return this.write(sourceId, kind, records, quarantined);
    } catch (e) {
      // The transaction rolled back: the handles it added are not in the table after all.
      for (const [p, h] of this.pendingHandles) this.knownHandles.get(p)?.delete(h);
      throw e;
    }
  }

  private writeNow(
    sourceId: number,
    kind: RecordKind,
    records: readonly KeyedRecord[],
    quarantined: readonly QuarantinedRow[],
  ): BatchResult {
    const st = this.statements.get(kind)!;
    this.pendingHandles = [];
    let stored = 0;
    for (let i = 0; i < records.length; i += ROWS_PER_INSERT) {
      const chunk = records.slice(i, i + ROWS_PER_INSERT);
      stored += this.insertChunk(kind, st, chunk, sourceId);
    }
    for (const r of records) visitHandles(r.record, this.noteHandle);
    if (quarantined.length > 0) {
      const file = basename(this.sourcePath.get(sourceId)?.path ?? '');
      for (const q of quarantined)
        this.insertQuarantine.run(
          contentId([file, q.line, q.raw, q.reason], 32),
          sourceId,
          kind,
          q.line,
          q.raw,
          q.reason,
        );
    }
    return { stored, duplicates: records.length - stored, quarantined: quarantined.length };
  }

  /**
   * Inserts a chunk in one statement; rows whose key is taken are skipped by the database. When some
   * were skipped, each skipped row is checked: the same full identity is a duplicate, a different one
   * is a 64-bit key collision and is stored under a derived key.
   */
  private insertChunk(
    kind: RecordKind,
    st: KindStatements,
    chunk: readonly KeyedRecord[],
    sourceId: number,
  ): number {
    if (chunk.length < ROWS_PER_INSERT) {
      // the batch's remainder: row by row
      let stored = 0;
      for (const r of chunk) stored += this.insertUnique(kind, st, r, sourceId);
      return stored;
    }
    const getters = RECORD_TABLES[kind].getters;
    const keys = chunk.map((r) => keyHalves(r.key));
    const args: unknown[] = new Array(chunk.length * (getters.length + 4));
    let a = 0;
    for (let j = 0; j < chunk.length; j++) {
      const r = chunk[j]!;
      args[a++] = keys[j]![0];
      args[a++] = keys[j]![1];
      for (const get of getters) args[a++] = get(r.record);
      args[a++] = sourceId;
      args[a++] = r.line;
    }
    const inserted = st.many.run(args).changes;
    if (inserted === chunk.length || !st.deduplicates) return inserted;
    let collided = 0;
    chunk.forEach((r, j) => {
      const [key, key2] = keys[j]!;
      if ((st.key2Of.get(key) as bigint) !== key2) collided += this.insertUnique(kind, st, r, sourceId);
    });
    return inserted + collided;
  }

  /** Inserts one row unless a record with the same identity exists; 1 when stored. */
  private insertUnique(kind: RecordKind, st: KindStatements, r: KeyedRecord, sourceId: number): number {
    const values = RECORD_TABLES[kind].values(r.record);
    let hex = r.key;
    for (;;) {
      const [key, key2] = keyHalves(hex);
      if (st.one.run(key, key2, ...values, sourceId, r.line).changes === 1 || !st.deduplicates) return 1;
      const existing = st.key2Of.get(key) as bigint | undefined;
      if (existing === key2) return 0;
      // The first 64 bits collided with a different record: derive the next key deterministically.
      hex = nextKey(hex);
    }
  }
}

/** True when `table` has a unique index on `key` (a bulk load drops the messages' one for a while). */
function hasUniqueKey(db: Database.Database, table: string): boolean {
  return (
    (db
      .prepare(
        `SELECT count(*) FROM pragma_index_list(?) AS il, pragma_index_info(il.name) AS ii
         WHERE il."unique" = 1 AND ii.name = 'key'`,
      )
      .pluck()
      .get(table) as number) > 0
  );
}
