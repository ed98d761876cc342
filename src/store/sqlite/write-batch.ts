import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { contentId, sha256Hex } from '../../core/hash.ts';
import type { KeyedRecord, QuarantinedRow, RecordKind } from '../../core/records.ts';
import type { BatchResult } from '../store.ts';
import { handlesOf, RECORD_TABLES } from './record-tables.ts';

/** Splits a hex digest into the two signed 64-bit halves stored as key and key2. */
function keyHalves(hex: string): [bigint, bigint] {
  const b = Buffer.from(hex.slice(0, 32), 'hex');
  return [b.readBigInt64BE(0), b.readBigInt64BE(8)];
}

/**
 * Prepared statements for storing batches. One batch is one transaction: a crash keeps whole
 * batches only, and a re-run counts what is already there as duplicates.
 */
export class BatchWriter {
  private readonly inserts = new Map<RecordKind, Database.Statement>();
  /** Handles already in the handles table: most rows name accounts seen many times before. */
  private readonly knownHandles = new Set<string>();
  /** Handles this batch added; known only once its transaction commits. */
  private readonly pendingHandles = new Set<string>();
  private readonly key2Of = new Map<RecordKind, Database.Statement>();
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
      this.inserts.set(
        kind,
        db.prepare(
          `INSERT INTO ${t.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT (key) DO NOTHING`,
        ),
      );
      this.key2Of.set(
        kind,
        db.prepare(`SELECT key2 FROM ${t.table} WHERE key = ?`).safeIntegers(true).pluck(),
      );
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
    const result = this.write(sourceId, kind, records, quarantined);
    for (const k of this.pendingHandles) this.knownHandles.add(k);
    return result;
  }

  private writeNow(
    sourceId: number,
    kind: RecordKind,
    records: readonly KeyedRecord[],
    quarantined: readonly QuarantinedRow[],
  ): BatchResult {
    const table = RECORD_TABLES[kind];
    const insert = this.inserts.get(kind)!;
    let stored = 0;
    const seenHandles = this.pendingHandles;
    seenHandles.clear();
    for (const { key, record, line } of records) {
      const values = table.values(record);
      if (this.insertUnique(kind, insert, key, values, sourceId, line)) stored++;
      for (const [p, h] of handlesOf(record)) {
        const k = `${p}\u001f${h}`;
        if (seenHandles.has(k) || this.knownHandles.has(k)) continue;
        seenHandles.add(k);
        this.insertHandle.run(p, h);
      }
    }
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

  /** Inserts unless a record with the same identity exists; true when stored. */
  private insertUnique(
    kind: RecordKind,
    insert: Database.Statement,
    hex: string,
    values: unknown[],
    sourceId: number,
    line: number,
  ): boolean {
    for (let attempt = 0; ; attempt++) {
      const [key, key2] = keyHalves(hex);
      if (insert.run(key, key2, ...values, sourceId, line).changes === 1) return true;
      const existing = this.key2Of.get(kind)!.get(key) as bigint | undefined;
      if (existing === key2) return false;
      // The first 64 bits collided with a different record: derive the next key deterministically.
      hex = sha256Hex(`${hex}#${attempt + 1}`);
    }
  }
}
