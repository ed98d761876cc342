import { networkSummary } from '../../core/network-types.ts';
import type Database from 'better-sqlite3';
import type {
  NetworkFilter,
  NetworkMemberRole,
  NetworkSnapshot,
  NetworkStore,
  NetworkSummary,
  SellerNetwork,
} from '../networks.ts';

/** Seller networks in the case database (migration 0500), one snapshot per analysis. */
export class SqliteNetworkStore implements NetworkStore {
  constructor(private readonly connection: () => Database.Database) {}

  private get db(): Database.Database {
    return this.connection();
  }

  private latest(): number | null {
    return this.db.prepare('SELECT max(id) FROM network_snapshots').pluck().get() as number | null;
  }

  replace(
    networks: readonly SellerNetwork[],
    meta: { at: number; ingestRun: number | null },
  ): Promise<number> {
    const db = this.db;
    const id = db.transaction(() => {
      const snapshot = Number(
        db
          .prepare('INSERT INTO network_snapshots (created_at, ingest_run) VALUES (?, ?)')
          .run(meta.at, meta.ingestRun).lastInsertRowid,
      );
      const put = db.prepare(
        `INSERT INTO networks (snapshot_id, network_id, known, candidate_rank, country, still_active, summary, doc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const member = db.prepare(
        'INSERT OR IGNORE INTO network_members (snapshot_id, network_id, person_id, relation) VALUES (?, ?, ?, ?)',
      );
      for (const n of networks) {
        put.run(
          snapshot,
          n.network_id,
          n.known ? 1 : 0,
          n.candidate?.rank ?? null,
          n.country,
          n.still_active ? 1 : 0,
          JSON.stringify(networkSummary(n)),
          JSON.stringify(n),
        );
        for (const m of n.members)
          if (m.person_id !== null) member.run(snapshot, n.network_id, m.person_id, m.role);
        for (const b of n.buyer_person_ids) member.run(snapshot, n.network_id, b, 'buyer');
      }
      return snapshot;
    })();
    return Promise.resolve(id);
  }

  snapshots(): Promise<readonly NetworkSnapshot[]> {
    return Promise.resolve(
      this.db
        .prepare(
          `SELECT s.id, s.created_at, s.ingest_run, count(n.network_id) AS networks,
             count(n.candidate_rank) AS candidates
           FROM network_snapshots s LEFT JOIN networks n ON n.snapshot_id = s.id
           GROUP BY s.id ORDER BY s.id`,
        )
        .all() as NetworkSnapshot[],
    );
  }

  private rows(column: 'summary' | 'doc', filter: NetworkFilter): string[] {
    const snapshot = filter.snapshot ?? this.latest();
    if (snapshot === null) return [];
    const where = ['snapshot_id = ?'];
    const params: (string | number)[] = [snapshot];
    if (filter.candidates === true) where.push('candidate_rank IS NOT NULL');
    if (filter.candidates === false) where.push('candidate_rank IS NULL');
    if (filter.country !== undefined) {
      where.push('country = ?');
      params.push(filter.country);
    }
    return this.db
      .prepare(
        `SELECT ${column} FROM networks WHERE ${where.join(' AND ')}
         ORDER BY candidate_rank IS NOT NULL, candidate_rank, network_id`,
      )
      .pluck()
      .all(...params) as string[];
  }

  list(filter: NetworkFilter = {}): Promise<readonly NetworkSummary[]> {
    return Promise.resolve(this.rows('summary', filter).map((r) => JSON.parse(r) as NetworkSummary));
  }

  all(filter: NetworkFilter = {}): Promise<readonly SellerNetwork[]> {
    return Promise.resolve(this.rows('doc', filter).map((r) => JSON.parse(r) as SellerNetwork));
  }

  get(networkId: string, snapshot?: number): Promise<SellerNetwork | undefined> {
    const s = snapshot ?? this.latest();
    const doc = this.db
      .prepare('SELECT doc FROM networks WHERE snapshot_id = ? AND network_id = ?')
      .pluck()
      .get(s, networkId) as string | undefined;
    return Promise.resolve(doc === undefined ? undefined : (JSON.parse(doc) as SellerNetwork));
  }

  ofPerson(
    personId: string,
  ): Promise<readonly { network_id: string; relation: NetworkMemberRole | 'buyer' }[]> {
    const s = this.latest();
    return Promise.resolve(
      this.db
        .prepare(
          'SELECT network_id, relation FROM network_members WHERE snapshot_id = ? AND person_id = ? ORDER BY network_id, relation',
        )
        .all(s, personId) as { network_id: string; relation: NetworkMemberRole | 'buyer' }[],
    );
  }
}
