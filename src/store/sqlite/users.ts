import type Database from 'better-sqlite3';
import { VigilError } from '../../core/errors.ts';
import type { NewUser, Role, Session, User, UserStore } from '../users.ts';

interface UserRow {
  id: number;
  username: string;
  role: Role;
  countries: string;
  created_at: number;
  disabled: number;
  password_hash: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  role: r.role,
  countries: JSON.parse(r.countries) as string[],
  created_at: r.created_at,
  disabled: r.disabled !== 0,
});

/** Users and sessions in the case database (migration 0100). */
export class SqliteUserStore implements UserStore {
  /** Takes the connection or a function giving it (the store builds its sub-stores before opening). */
  constructor(private readonly connection: Database.Database | (() => Database.Database)) {}

  private get db(): Database.Database {
    return typeof this.connection === 'function' ? this.connection() : this.connection;
  }

  add(user: NewUser): Promise<User> {
    try {
      const r = this.db
        .prepare(
          'INSERT INTO users (username, password_hash, role, countries, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(user.username, user.password_hash, user.role, JSON.stringify(user.countries), Date.now());
      return this.byId(Number(r.lastInsertRowid)) as Promise<User>;
    } catch (e) {
      if (e instanceof Error && /UNIQUE constraint failed: users\.username/.test(e.message))
        throw new VigilError(`A user named ${user.username} already exists.`, 409, 'user_exists');
      throw e;
    }
  }

  byId(id: number): Promise<User | undefined> {
    const r = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return Promise.resolve(r === undefined ? undefined : toUser(r));
  }

  credentials(username: string): Promise<{ user: User; password_hash: string } | undefined> {
    const r = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
    return Promise.resolve(r === undefined ? undefined : { user: toUser(r), password_hash: r.password_hash });
  }

  list(): Promise<readonly User[]> {
    const rows = this.db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[];
    return Promise.resolve(rows.map(toUser));
  }

  setPassword(userId: number, passwordHash: string): Promise<void> {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
    return Promise.resolve();
  }

  createSession(s: Session): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen, expires_at, ip)
         VALUES (@token_hash, @user_id, @csrf_token, @created_at, @last_seen, @expires_at, @ip)`,
      )
      .run(s);
    return Promise.resolve();
  }

  session(tokenHash: string, now: number): Promise<Session | undefined> {
    return Promise.resolve(
      this.db
        .prepare('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?')
        .get(tokenHash, now) as Session | undefined,
    );
  }

  touchSession(tokenHash: string, now: number, expiresAt: number): Promise<void> {
    this.db
      .prepare('UPDATE sessions SET last_seen = ?, expires_at = ? WHERE token_hash = ?')
      .run(now, expiresAt, tokenHash);
    return Promise.resolve();
  }

  deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    return Promise.resolve();
  }

  deleteSessionsOf(userId: number): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    return Promise.resolve();
  }
}
