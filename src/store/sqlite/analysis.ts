import Database from 'better-sqlite3';
import type {
  AccountProfile,
  AnalysisStore,
  Decision,
  FeatureMessage,
  FeatureMessageReader,
  MessageSpan,
  IdentifierRow,
  LeadFilter,
  LinkedPerson,
  PersonAnalysis,
  PersonLink,
} from '../analysis.ts';

interface LinkRow extends Omit<PersonLink, 'bridge' | 'breakdown'> {
  bridge: number;
  breakdown: string;
}

const FEATURE_BATCH = 2000;

function messageSpanOf(db: Database.Database): Promise<MessageSpan> {
  const r = db.prepare('SELECT min(id) AS first, max(id) AS last, count(*) AS count FROM messages').get() as {
    first: number | null;
    last: number | null;
    count: number;
  };
  return Promise.resolve({ first: r.first ?? 0, end: (r.last ?? -1) + 1, count: r.count });
}

function* featureMessagesOf(db: Database.Database, from: number, to: number): Generator<FeatureMessage[]> {
  const stmt = db.prepare(
    `SELECT message_id, platform, sender, recipients, body, sent_at FROM messages
     WHERE id >= ? AND id < ? ORDER BY id`,
  );
  let batch: FeatureMessage[] = [];
  for (const row of stmt.iterate(from, to)) {
    batch.push(row as FeatureMessage);
    if (batch.length >= FEATURE_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A synchronous iterable as an async one (the contract is async so other backends can stream). */
function asAsync<T>(it: Iterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]: () => {
      const inner = it[Symbol.iterator]();
      return {
        next: () => Promise.resolve(inner.next()),
        return: (value?: unknown) =>
          Promise.resolve(inner.return?.(value) ?? { done: true, value: undefined }),
      };
    },
  };
}

/**
 * A read-only reader of a SQLite case's messages for a worker thread of the features pass;
 * `address` is the database file (from `readerAddress()`).
 */
export function openFeatureReader(address: string): FeatureMessageReader & { close(): void } {
  const db = new Database(address, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  return {
    messageSpan: () => messageSpanOf(db),
    featureMessages: (from, to) => asAsync(featureMessagesOf(db, from, to)),
    close: () => db.close(),
  };
}

/** The analysis tables of a SQLite case (migration 0200). */
export class SqliteAnalysisStore implements AnalysisStore {
  constructor(private readonly connection: () => Database.Database) {}

  private get db(): Database.Database {
    return this.connection();
  }

  readerAddress(): string | null {
    const name = this.db.name;
    return this.db.memory || name === '' || name === ':memory:' ? null : name;
  }

  messageSpan(): Promise<MessageSpan> {
    return messageSpanOf(this.db);
  }

  featureMessages(from: number, to: number): AsyncIterable<readonly FeatureMessage[]> {
    return asAsync(featureMessagesOf(this.db, from, to));
  }

  async replaceFeatures(
    identifiers: AsyncIterable<readonly IdentifierRow[]>,
    profiles: () => readonly AccountProfile[],
  ): Promise<number> {
    const db = this.db;
    const insert = db.prepare(
      `INSERT INTO identifiers (message_id, platform, sender, sent_at, type, value, raw, start, "end", country)
       VALUES (@message_id, @platform, @sender, @sent_at, @type, @value, @raw, @start, @end, @country)`,
    );
    let count = 0;
    db.exec('BEGIN');
    try {
      db.exec(
        'DELETE FROM identifiers; DELETE FROM account_profiles; DROP INDEX IF EXISTS identifiers_value',
      );
      for await (const batch of identifiers) {
        for (const row of batch) insert.run(row);
        count += batch.length;
      }
      const putProfile = db.prepare(
        'INSERT INTO account_profiles (platform, handle, profile) VALUES (?, ?, ?)',
      );
      for (const p of profiles()) putProfile.run(p.platform, p.handle, JSON.stringify(p));
      db.exec('CREATE INDEX identifiers_value ON identifiers (type, value)');
      db.exec('CREATE INDEX IF NOT EXISTS identifiers_sender ON identifiers (platform, sender)');
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
    return count;
  }

  profiles(): Promise<readonly AccountProfile[]> {
    const rows = this.db
      .prepare('SELECT profile FROM account_profiles ORDER BY platform, handle')
      .pluck()
      .all() as string[];
    return Promise.resolve(rows.map((r) => JSON.parse(r) as AccountProfile));
  }

  identifiers(
    filter: { types?: readonly string[]; accounts?: readonly string[] } = {},
  ): Promise<readonly IdentifierRow[]> {
    const cols = 'message_id, platform, sender, sent_at, type, value, raw, start, "end", country';
    const types =
      filter.types === undefined ? '' : `AND type IN (${filter.types.map(() => '?').join(', ') || 'NULL'})`;
    const typeParams = filter.types ?? [];
    if (filter.accounts === undefined)
      return Promise.resolve(
        this.db
          .prepare(`SELECT ${cols} FROM identifiers WHERE 1 ${types} ORDER BY id`)
          .all(...typeParams) as IdentifierRow[],
      );
    const stmt = this.db.prepare(
      `SELECT ${cols} FROM identifiers WHERE platform = ? AND sender = ? ${types} ORDER BY id`,
    );
    return Promise.resolve(
      filter.accounts.flatMap((a) => {
        const i = a.indexOf(':');
        return stmt.all(a.slice(0, i), a.slice(i + 1), ...typeParams) as IdentifierRow[];
      }),
    );
  }

  replaceLinkage(persons: readonly LinkedPerson[], links: readonly PersonLink[]): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      db.exec('DELETE FROM persons; DELETE FROM person_members; DELETE FROM person_links');
      const person = db.prepare('INSERT INTO persons (person_id) VALUES (?)');
      const member = db.prepare('INSERT INTO person_members (member_id, person_id) VALUES (?, ?)');
      for (const p of persons) {
        person.run(p.person_id);
        for (const m of p.members) member.run(m, p.person_id);
      }
      const link = db.prepare(
        `INSERT INTO person_links (person_id, a, b, weight, probability, status, bridge, breakdown)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const l of links)
        link.run(
          l.person_id,
          l.a,
          l.b,
          l.weight,
          l.probability,
          l.status,
          l.bridge ? 1 : 0,
          JSON.stringify(l.breakdown),
        );
    })();
    return Promise.resolve();
  }

  linkedPersons(): Promise<readonly LinkedPerson[]> {
    const rows = this.db
      .prepare('SELECT person_id, member_id FROM person_members ORDER BY person_id, member_id')
      .all() as { person_id: string; member_id: string }[];
    const byPerson = new Map<string, string[]>();
    for (const r of rows) {
      const list = byPerson.get(r.person_id) ?? [];
      list.push(r.member_id);
      byPerson.set(r.person_id, list);
    }
    return Promise.resolve([...byPerson].map(([person_id, members]) => ({ person_id, members })));
  }

  links(personId: string): Promise<readonly PersonLink[]> {
    const rows = this.db
      .prepare(
        'SELECT person_id, a, b, weight, probability, status, bridge, breakdown FROM person_links WHERE person_id = ? ORDER BY id',
      )
      .all(personId) as LinkRow[];
    return Promise.resolve(
      rows.map((r) => ({
        ...r,
        bridge: r.bridge === 1,
        breakdown: JSON.parse(r.breakdown) as PersonLink['breakdown'],
      })),
    );
  }

  replacePersons(persons: readonly PersonAnalysis[]): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      const put = db.prepare(
        `INSERT INTO persons (person_id, role, score, lead, urgent, country, rank, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (person_id) DO UPDATE SET role = excluded.role, score = excluded.score, lead = excluded.lead,
           urgent = excluded.urgent, country = excluded.country, rank = excluded.rank, doc = excluded.doc`,
      );
      for (const p of persons)
        put.run(
          p.person_id,
          p.role,
          p.score,
          p.lead ? 1 : 0,
          p.urgent ? 1 : 0,
          p.country,
          p.rank,
          JSON.stringify(p),
        );
    })();
    return Promise.resolve();
  }

  persons(): Promise<readonly PersonAnalysis[]> {
    const docs = this.db
      .prepare('SELECT doc FROM persons WHERE doc IS NOT NULL ORDER BY person_id')
      .pluck()
      .all() as string[];
    return Promise.resolve(docs.map((d) => JSON.parse(d) as PersonAnalysis));
  }

  person(personId: string): Promise<PersonAnalysis | undefined> {
    const doc = this.db.prepare('SELECT doc FROM persons WHERE person_id = ?').pluck().get(personId) as
      string | null | undefined;
    return Promise.resolve(doc ? (JSON.parse(doc) as PersonAnalysis) : undefined);
  }

  personOf(memberId: string): Promise<string | undefined> {
    return Promise.resolve(
      this.db.prepare('SELECT person_id FROM person_members WHERE member_id = ?').pluck().get(memberId) as
        string | undefined,
    );
  }

  leads(f: LeadFilter): Promise<readonly PersonAnalysis[]> {
    const where = ["role != 'seller'", 'doc IS NOT NULL', 'rank IS NOT NULL'];
    const params: unknown[] = [];
    if (f.all !== true) where.push('lead = 1');
    if (f.country !== undefined) {
      where.push('country = ?');
      params.push(f.country.toUpperCase());
    }
    if (f.countries !== undefined) {
      where.push(`country IN (${f.countries.map(() => '?').join(', ') || 'NULL'})`);
      params.push(...f.countries);
    }
    params.push(f.limit ?? -1, f.offset ?? 0);
    const docs = this.db
      .prepare(`SELECT doc FROM persons WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ? OFFSET ?`)
      .pluck()
      .all(...params) as string[];
    return Promise.resolve(docs.map((d) => JSON.parse(d) as PersonAnalysis));
  }

  addDecision(d: Omit<Decision, 'id' | 'at'> & { at?: number }): Promise<Decision> {
    const at = d.at ?? Date.now();
    const r = this.db
      .prepare('INSERT INTO decisions (kind, a, b, user, note, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(d.kind, d.a, d.b, d.user, d.note, at);
    return Promise.resolve({
      id: Number(r.lastInsertRowid),
      kind: d.kind,
      a: d.a,
      b: d.b,
      user: d.user,
      note: d.note,
      at,
    });
  }

  decisions(): Promise<readonly Decision[]> {
    return Promise.resolve(
      this.db.prepare('SELECT id, kind, a, b, user, note, at FROM decisions ORDER BY id').all() as Decision[],
    );
  }

  recordStage(stage: string, startedAt: number, stats: unknown): Promise<void> {
    this.db
      .prepare('INSERT INTO analysis_stages (stage, started_at, finished_at, stats) VALUES (?, ?, ?, ?)')
      .run(stage, startedAt, Date.now(), JSON.stringify(stats));
    return Promise.resolve();
  }

  stages(): Promise<readonly { stage: string; started_at: number; finished_at: number; stats: unknown }[]> {
    const rows = this.db
      .prepare('SELECT stage, started_at, finished_at, stats FROM analysis_stages ORDER BY id')
      .all() as { stage: string; started_at: number; finished_at: number; stats: string }[];
    return Promise.resolve(rows.map((r) => ({ ...r, stats: JSON.parse(r.stats) as unknown })));
  }
}
