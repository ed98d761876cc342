import type Database from 'better-sqlite3';
import { VigilError } from '../../core/errors.ts';
import {
  untouchedReview,
  type LeadComment,
  type LeadReview,
  type ReviewChange,
  type ReviewStatus,
  type ReviewStore,
  type StatusChange,
} from '../reviews.ts';

interface ReviewRow {
  person_id: string;
  status: ReviewStatus;
  assignee: string | null;
  tags: string;
  discard_reason: string | null;
  version: number;
  updated_by: string | null;
  updated_at: number | null;
}

const toReview = (r: ReviewRow): LeadReview => ({ ...r, tags: JSON.parse(r.tags) as string[] });

/** Lead reviews in the case database (migration 0300). */
export class SqliteReviewStore implements ReviewStore {
  constructor(private readonly connection: () => Database.Database) {}

  private get db(): Database.Database {
    return this.connection();
  }

  private read(personId: string): LeadReview {
    const r = this.db.prepare('SELECT * FROM lead_reviews WHERE person_id = ?').get(personId) as
      ReviewRow | undefined;
    return r === undefined ? untouchedReview(personId) : toReview(r);
  }

  review(personId: string): Promise<LeadReview> {
    return Promise.resolve(this.read(personId));
  }

  reviews(): Promise<ReadonlyMap<string, LeadReview>> {
    const rows = this.db.prepare('SELECT * FROM lead_reviews').all() as ReviewRow[];
    return Promise.resolve(new Map(rows.map((r) => [r.person_id, toReview(r)])));
  }

  update(personId: string, expectedVersion: number, user: string, change: ReviewChange): Promise<LeadReview> {
    const apply = this.db.transaction((): LeadReview => {
      const now = Date.now();
      const before = this.read(personId);
      if (before.version !== expectedVersion) {
        const when =
          before.updated_at === null
            ? ''
            : ` at ${new Date(before.updated_at).toISOString().slice(11, 16)} UTC`;
        throw new VigilError(
          `This lead was changed by ${before.updated_by ?? 'someone else'}${when} since you opened it (version ${expectedVersion}, now ${before.version}). Reload it to see their change, then try again.`,
          409,
          'stale',
        );
      }
      const status = change.status ?? before.status;
      const next: LeadReview = {
        person_id: personId,
        status,
        assignee: change.assignee === undefined ? before.assignee : change.assignee,
        tags: change.tags === undefined ? before.tags : [...new Set(change.tags)],
        discard_reason: status === 'discarded' ? (change.reason ?? before.discard_reason) : null,
        version: before.version + 1,
        updated_by: user,
        updated_at: now,
      };
      this.db
        .prepare(
          `INSERT INTO lead_reviews (person_id, status, assignee, tags, discard_reason, version, updated_by, updated_at)
           VALUES (@person_id, @status, @assignee, @tags, @discard_reason, @version, @updated_by, @updated_at)
           ON CONFLICT (person_id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee,
             tags = excluded.tags, discard_reason = excluded.discard_reason, version = excluded.version,
             updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        )
        .run({ ...next, tags: JSON.stringify(next.tags) });
      if (status !== before.status)
        this.db
          .prepare(
            'INSERT INTO lead_status_history (person_id, from_status, to_status, user, at, reason) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(personId, before.status, status, user, now, change.reason ?? null);
      if (change.comment !== undefined && change.comment.trim() !== '')
        this.db
          .prepare('INSERT INTO lead_comments (person_id, author, at, text) VALUES (?, ?, ?, ?)')
          .run(personId, user, now, change.comment.trim());
      return next;
    });
    return Promise.resolve(apply());
  }

  comments(personId: string): Promise<readonly LeadComment[]> {
    return Promise.resolve(
      this.db
        .prepare('SELECT * FROM lead_comments WHERE person_id = ? ORDER BY id')
        .all(personId) as LeadComment[],
    );
  }

  history(personId: string): Promise<readonly StatusChange[]> {
    return Promise.resolve(
      this.db
        .prepare('SELECT * FROM lead_status_history WHERE person_id = ? ORDER BY id')
        .all(personId) as StatusChange[],
    );
  }

  approvedPersonIds(): Promise<string[]> {
    return Promise.resolve(
      this.db
        .prepare("SELECT person_id FROM lead_reviews WHERE status = 'approved' ORDER BY person_id")
        .pluck()
        .all() as string[],
    );
  }
}
