import type Database from 'better-sqlite3';
import { VigilError } from '../../core/errors.ts';
import { carriedReview, planCarryOver, type Carried, type Placement } from '../review-carry-over.ts';
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
  carried: string | null;
}

interface WholeReview {
  readonly review: LeadReview;
  readonly comments: readonly LeadComment[];
  readonly history: readonly StatusChange[];
  readonly members: readonly string[];
}

const toReview = (r: ReviewRow): LeadReview => ({
  ...r,
  tags: JSON.parse(r.tags) as string[],
  carried: r.carried === null ? null : (JSON.parse(r.carried) as Carried),
});

const UPSERT = `INSERT INTO lead_reviews (person_id, status, assignee, tags, discard_reason, version, updated_by, updated_at, carried)
  VALUES (@person_id, @status, @assignee, @tags, @discard_reason, @version, @updated_by, @updated_at, @carried)
  ON CONFLICT (person_id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee,
    tags = excluded.tags, discard_reason = excluded.discard_reason, version = excluded.version,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at, carried = excluded.carried`;

const asRow = (r: LeadReview) => ({
  ...r,
  tags: JSON.stringify(r.tags),
  carried: r.carried === undefined || r.carried === null ? null : JSON.stringify(r.carried),
});

/**
 * Lead reviews in the case database (migrations 0300, 0301). Before any read or write, reviews are
 * placed against the current analysis: when the last analysis stage differs from the one they were
 * placed against, each review follows its remembered members (review-carry-over.ts).
 */
export class SqliteReviewStore implements ReviewStore {
  constructor(private readonly connection: () => Database.Database) {}

  private get db(): Database.Database {
    return this.connection();
  }

  /** Carries reviews over to the current analysis's persons, once per analysis. */
  private sync(): void {
    const db = this.db;
    const current = db.prepare('SELECT coalesce(max(id), 0) FROM analysis_stages').pluck().get() as number;
    const placed = db.prepare('SELECT stage_id FROM lead_review_sync WHERE id = 1').pluck().get() as
      number | undefined;
    if (placed === current) return;
    db.transaction(() => {
      const reviewed = db.prepare('SELECT person_id FROM lead_reviews').pluck().all() as string[];
      const placements = db
        .prepare(
          `SELECT r.person_id AS "from", m.person_id AS "to", count(*) AS members
           FROM lead_review_members r JOIN person_members m ON m.member_id = r.member_id
           GROUP BY r.person_id, m.person_id`,
        )
        .all() as Placement[];
      const carries = planCarryOver(reviewed, placements).filter((c) => c.kind !== null);
      // Read every review that moves, then rewrite: a review may feed several persons (a split).
      const involved = [...new Set(carries.flatMap((c) => [c.target, ...c.sources]))];
      const before = new Map(involved.map((id) => [id, this.whole(id)]));
      for (const id of involved) this.remove(id);
      const at = Date.now();
      for (const c of carries) {
        const sources = c.sources.map((id) => before.get(id)!);
        const review = carriedReview(
          c.target,
          sources.map((x) => x.review),
          at,
        );
        this.write({
          review: { ...review, carried: { kind: c.kind!, from: c.sources, at } },
          comments: sources.flatMap((x) => x.comments).sort((a, b) => a.at - b.at || a.id - b.id),
          history: sources.flatMap((x) => x.history).sort((a, b) => a.at - b.at || a.id - b.id),
          members: [...new Set(sources.flatMap((x) => x.members))],
        });
      }
      // Every review now remembers its person's current members (an orphan keeps what it had).
      db.exec(`DELETE FROM lead_review_members WHERE person_id IN (
                 SELECT r.person_id FROM lead_reviews r WHERE EXISTS (
                   SELECT 1 FROM person_members m WHERE m.person_id = r.person_id));
               INSERT OR IGNORE INTO lead_review_members (person_id, member_id)
                 SELECT m.person_id, m.member_id FROM lead_reviews r
                 JOIN person_members m ON m.person_id = r.person_id`);
      db.prepare(
        'INSERT INTO lead_review_sync (id, stage_id) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET stage_id = excluded.stage_id',
      ).run(current);
    })();
  }

  /** A review with its comments, history and remembered members. */
  private whole(personId: string): WholeReview {
    const db = this.db;
    return {
      review: this.read(personId),
      comments: db.prepare('SELECT * FROM lead_comments WHERE person_id = ?').all(personId) as LeadComment[],
      history: db
        .prepare('SELECT * FROM lead_status_history WHERE person_id = ?')
        .all(personId) as StatusChange[],
      members: db
        .prepare('SELECT member_id FROM lead_review_members WHERE person_id = ?')
        .pluck()
        .all(personId) as string[],
    };
  }

  private write(w: WholeReview): void {
    const db = this.db;
    const id = w.review.person_id;
    db.prepare(UPSERT).run(asRow(w.review));
    const comment = db.prepare('INSERT INTO lead_comments (person_id, author, at, text) VALUES (?, ?, ?, ?)');
    for (const c of w.comments) comment.run(id, c.author, c.at, c.text);
    const change = db.prepare(
      'INSERT INTO lead_status_history (person_id, from_status, to_status, user, at, reason) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const h of w.history) change.run(id, h.from_status, h.to_status, h.user, h.at, h.reason);
    const member = db.prepare(
      'INSERT OR IGNORE INTO lead_review_members (person_id, member_id) VALUES (?, ?)',
    );
    for (const m of w.members) member.run(id, m);
  }

  private remove(personId: string): void {
    for (const table of ['lead_reviews', 'lead_comments', 'lead_status_history', 'lead_review_members'])
      this.db.prepare(`DELETE FROM ${table} WHERE person_id = ?`).run(personId);
  }

  private read(personId: string): LeadReview {
    const r = this.db.prepare('SELECT * FROM lead_reviews WHERE person_id = ?').get(personId) as
      ReviewRow | undefined;
    return r === undefined ? untouchedReview(personId) : toReview(r);
  }

  review(personId: string): Promise<LeadReview> {
    this.sync();
    return Promise.resolve(this.read(personId));
  }

  reviews(): Promise<ReadonlyMap<string, LeadReview>> {
    this.sync();
    const rows = this.db.prepare('SELECT * FROM lead_reviews').all() as ReviewRow[];
    return Promise.resolve(new Map(rows.map((r) => [r.person_id, toReview(r)])));
  }

  update(personId: string, expectedVersion: number, user: string, change: ReviewChange): Promise<LeadReview> {
    this.sync();
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
        carried: before.carried ?? null,
      };
      this.db.prepare(UPSERT).run(asRow(next));
      // The first review of a person remembers its members, so it can follow them.
      this.db
        .prepare(
          `INSERT OR IGNORE INTO lead_review_members (person_id, member_id)
           SELECT person_id, member_id FROM person_members WHERE person_id = ?`,
        )
        .run(personId);
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
    try {
      return Promise.resolve(apply());
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  comments(personId: string): Promise<readonly LeadComment[]> {
    this.sync();
    return Promise.resolve(
      this.db
        .prepare('SELECT * FROM lead_comments WHERE person_id = ? ORDER BY id')
        .all(personId) as LeadComment[],
    );
  }

  history(personId: string): Promise<readonly StatusChange[]> {
    this.sync();
    return Promise.resolve(
      this.db
        .prepare('SELECT * FROM lead_status_history WHERE person_id = ? ORDER BY id')
        .all(personId) as StatusChange[],
    );
  }

  approvedPersonIds(): Promise<string[]> {
    this.sync();
    return Promise.resolve(
      this.db
        .prepare("SELECT person_id FROM lead_reviews WHERE status = 'approved' ORDER BY person_id")
        .pluck()
        .all() as string[],
    );
  }
}
