import type Database from 'better-sqlite3';
import {
  auditHash,
  canonicalJson,
  GENESIS_HASH,
  type AuditEntry,
  type AuditEntryInput,
  type AuditFilter,
  type AuditLog,
} from '../audit.ts';

/**
 * The audit log in the case database (migration 0101). Appends take SQLite's write lock first
 * (BEGIN IMMEDIATE), so two processes appending at once still form one chain; triggers refuse
 * UPDATE and DELETE.
 */
export class SqliteAuditLog implements AuditLog {
  private appender: ((e: AuditEntryInput) => AuditEntry) | undefined;

  /** Takes the connection or a function giving it (the store builds its sub-stores before opening). */
  constructor(private readonly connection: Database.Database | (() => Database.Database)) {}

  private get db(): Database.Database {
    return typeof this.connection === 'function' ? this.connection() : this.connection;
  }

  private appendNow(input: AuditEntryInput): AuditEntry {
    this.appender ??= this.prepareAppend(this.db);
    return this.appender(input);
  }

  private prepareAppend(db: Database.Database): (e: AuditEntryInput) => AuditEntry {
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const insert = db.prepare(
      `INSERT INTO audit_log (seq, time, user, action, object, details, prev_hash, hash)
       VALUES (@seq, @time, @user, @action, @object, @details, @prev_hash, @hash)`,
    );
    const tx = db.transaction((input: AuditEntryInput): AuditEntry => {
      const prev = last.get() as { seq: number; hash: string } | undefined;
      const unhashed = {
        seq: (prev?.seq ?? 0) + 1,
        time: new Date().toISOString(),
        user: input.user,
        action: input.action,
        object: input.object,
        details: canonicalJson(input.details ?? {}),
        prev_hash: prev?.hash ?? GENESIS_HASH,
      };
      const entry: AuditEntry = { ...unhashed, hash: auditHash(unhashed) };
      insert.run(entry);
      return entry;
    });
    return (e) => tx.immediate(e);
  }

  append(entry: AuditEntryInput): Promise<AuditEntry> {
    return Promise.resolve(this.appendNow(entry));
  }

  list(f: AuditFilter): Promise<readonly AuditEntry[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: f.limit };
    if (f.before !== undefined) {
      where.push('seq < @before');
      params.before = f.before;
    }
    if (f.user !== undefined) {
      where.push('user = @user');
      params.user = f.user;
    }
    if (f.action !== undefined) {
      where.push('action = @action');
      params.action = f.action;
    }
    const sql = `SELECT * FROM audit_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT @limit`;
    return Promise.resolve(this.db.prepare(sql).all(params) as AuditEntry[]);
  }

  entries(): AsyncIterable<AuditEntry> {
    const rows = this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterator<AuditEntry>;
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve(rows.next()),
        return: () => Promise.resolve(rows.return?.() ?? { done: true as const, value: undefined }),
      }),
    };
  }

  count(): Promise<number> {
    return Promise.resolve(this.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);
  }
}
