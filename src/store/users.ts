/** Workbench users and sessions, as every store backend keeps them. */
export const ROLES = ['admin', 'analyst', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  /** ISO 3166-1 alpha-2 codes a liaison acts for; empty for other roles. */
  readonly countries: readonly string[];
  readonly created_at: number;
  readonly disabled: boolean;
}

export interface NewUser {
  readonly username: string;
  /** An encoded password hash (src/server/password.ts), never a password. */
  readonly password_hash: string;
  readonly role: Role;
  readonly countries: readonly string[];
}

export interface Session {
  /** SHA-256 hex of the cookie token. */
  readonly token_hash: string;
  readonly user_id: number;
  readonly csrf_token: string;
  readonly created_at: number;
  readonly last_seen: number;
  readonly expires_at: number;
  readonly ip: string | null;
}

export interface UserStore {
  /** Adds a user; a taken username (case-insensitive) is a VigilError 409. */
  add(user: NewUser): Promise<User>;
  byId(id: number): Promise<User | undefined>;
  /** The user and their password hash, for logging in. */
  credentials(username: string): Promise<{ user: User; password_hash: string } | undefined>;
  list(): Promise<readonly User[]>;
  setPassword(userId: number, passwordHash: string): Promise<void>;

  createSession(session: Session): Promise<void>;
  /** The live session with this token hash (expired ones are not returned). */
  session(tokenHash: string, now: number): Promise<Session | undefined>;
  touchSession(tokenHash: string, now: number, expiresAt: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(userId: number): Promise<void>;
}
