import type Database from 'better-sqlite3';
import type { Job, JobProgress, JobStore, NewJob } from '../jobs.ts';

interface JobRow {
  id: number;
  kind: Job['kind'];
  params: string;
  status: Job['status'];
  user: string;
  countries: string | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  progress: string | null;
  result: string | null;
  error: string | null;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

const toJob = (r: JobRow): Job => ({
  ...r,
  params: JSON.parse(r.params) as Job['params'],
  countries: json<string[]>(r.countries),
  progress: json<JobProgress>(r.progress),
  result: json<NonNullable<Job['result']>>(r.result),
});

/** Job history in the case database (migration 0700). */
export class SqliteJobStore implements JobStore {
  constructor(private readonly connection: () => Database.Database) {}

  private get db(): Database.Database {
    return this.connection();
  }

  private read(id: number): Job | undefined {
    const r = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return r === undefined ? undefined : toJob(r);
  }

  private must(id: number): Job {
    const job = this.read(id);
    if (job === undefined) throw new Error(`there is no job ${id}`);
    return job;
  }

  create(job: NewJob): Promise<Job> {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO jobs (kind, params, user, countries, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(
        job.params.kind,
        JSON.stringify(job.params),
        job.user,
        job.countries === null ? null : JSON.stringify(job.countries),
        job.at,
      );
    return Promise.resolve(this.must(Number(lastInsertRowid)));
  }

  start(id: number, at: number): Promise<Job> {
    this.db
      .prepare("UPDATE jobs SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'")
      .run(at, id);
    return Promise.resolve(this.must(id));
  }

  progress(id: number, progress: JobProgress): Promise<void> {
    this.db
      .prepare("UPDATE jobs SET progress = ? WHERE id = ? AND status = 'running'")
      .run(JSON.stringify(progress), id);
    return Promise.resolve();
  }

  finish(id: number, o: Parameters<JobStore['finish']>[1]): Promise<Job> {
    this.db
      .prepare(
        `UPDATE jobs SET status = ?, finished_at = ?, result = ?, error = ?
         WHERE id = ? AND status IN ('queued', 'running')`,
      )
      .run(o.status, o.at, o.result === undefined ? null : JSON.stringify(o.result), o.error ?? null, id);
    return Promise.resolve(this.must(id));
  }

  byId(id: number): Promise<Job | undefined> {
    return Promise.resolve(this.read(id));
  }

  list(limit: number): Promise<readonly Job[]> {
    const rows = this.db.prepare('SELECT * FROM jobs ORDER BY id DESC LIMIT ?').all(limit) as JobRow[];
    return Promise.resolve(rows.map(toJob));
  }

  interruptUnfinished(at: number): Promise<number> {
    const { changes } = this.db
      .prepare(
        `UPDATE jobs SET status = 'interrupted', finished_at = ?,
           error = 'The server stopped while this job was ' || status || '.'
         WHERE status IN ('queued', 'running')`,
      )
      .run(at);
    return Promise.resolve(changes);
  }
}
