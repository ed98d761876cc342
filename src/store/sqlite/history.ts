import type Database from 'better-sqlite3';
import type { PersonRole } from '../../core/analysis-types.ts';
import type { HistoryStore, SnapshotNetwork, NewSnapshot, SnapshotPerson, SnapshotInfo } from '../history.ts';

interface PersonRow {
  person_id: string;
  member_key: string;
  members: number;
  anchors: string;
  name: string | null;
  role: PersonRole;
  score: number;
  culpability: number;
  actionability: number;
  country: string | null;
  lead: number;
  urgent: number;
  rank: number | null;
  messages: number;
  transfers: number;
  ip_events: number;
  locations: number;
}

const toPerson = (r: PersonRow): SnapshotPerson => ({
  person_id: r.person_id,
  member_key: r.member_key,
  members: r.members,
  anchors: JSON.parse(r.anchors) as string[],
  name: r.name,
  role: r.role,
  score: r.score,
  culpability: r.culpability,
  actionability: r.actionability,
  country: r.country,
  lead: r.lead === 1,
  urgent: r.urgent === 1,
  rank: r.rank,
  evidence: { messages: r.messages, transfers: r.transfers, ip_events: r.ip_events, locations: r.locations },
});

/** Analysis snapshots in the case database (migration 0600). */
export class SqliteHistoryStore implements HistoryStore {
  constructor(private readonly connection: () => Database.Database) {}

  private get db(): Database.Database {
    return this.connection();
  }

  record(s: NewSnapshot): Promise<SnapshotInfo> {
    const write = this.db.transaction((): number => {
      const id = Number(
        this.db
          .prepare(
            `INSERT INTO analysis_snapshots (taken_at, started_at, last_run, persons, leads, networks)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            s.taken_at,
            s.started_at,
            s.last_run,
            s.persons.length,
            s.persons.filter((p) => p.lead).length,
            s.networks === null ? null : s.networks.length,
          ).lastInsertRowid,
      );
      const person = this.db.prepare(
        `INSERT INTO snapshot_persons (snapshot_id, person_id, member_key, members, anchors, name, role,
           score, culpability, actionability, country, lead, urgent, rank, messages, transfers, ip_events, locations)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const p of s.persons)
        person.run(
          id,
          p.person_id,
          p.member_key,
          p.members,
          JSON.stringify(p.anchors),
          p.name,
          p.role,
          p.score,
          p.culpability,
          p.actionability,
          p.country,
          p.lead ? 1 : 0,
          p.urgent ? 1 : 0,
          p.rank,
          p.evidence.messages,
          p.evidence.transfers,
          p.evidence.ip_events,
          p.evidence.locations,
        );
      const network = this.db.prepare(
        'INSERT INTO snapshot_networks (snapshot_id, network_id, label, members) VALUES (?, ?, ?, ?)',
      );
      for (const n of s.networks ?? [])
        network.run(id, n.network_id, n.label, JSON.stringify([...n.members].sort()));
      return id;
    });
    const id = write();
    return Promise.resolve(this.info(id)!);
  }

  private info(id: number): SnapshotInfo | undefined {
    return this.db.prepare('SELECT * FROM analysis_snapshots WHERE id = ?').get(id) as
      SnapshotInfo | undefined;
  }

  snapshots(): Promise<readonly SnapshotInfo[]> {
    return Promise.resolve(
      this.db.prepare('SELECT * FROM analysis_snapshots ORDER BY id').all() as SnapshotInfo[],
    );
  }

  persons(snapshotId: number): Promise<readonly SnapshotPerson[]> {
    const rows = this.db
      .prepare('SELECT * FROM snapshot_persons WHERE snapshot_id = ? ORDER BY person_id')
      .all(snapshotId) as PersonRow[];
    return Promise.resolve(rows.map(toPerson));
  }

  networks(snapshotId: number): Promise<readonly SnapshotNetwork[]> {
    const rows = this.db
      .prepare(
        'SELECT network_id, label, members FROM snapshot_networks WHERE snapshot_id = ? ORDER BY network_id',
      )
      .all(snapshotId) as { network_id: string; label: string | null; members: string }[];
    return Promise.resolve(rows.map((r) => ({ ...r, members: JSON.parse(r.members) as string[] })));
  }
}
