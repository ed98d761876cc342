import { randomBytes } from 'node:crypto';
import { VigilError } from '../core/errors.ts';
import { sha256Hex } from '../core/hash.ts';
import type { Session, User, UserStore } from '../store/users.ts';
import type { AuditService } from './audit.service.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { RateLimiter, type RateLimit } from './rate-limiter.ts';

export interface AuthLimits {
  /** Failed logins allowed per username, and per client address, in a window. */
  readonly perUsername: RateLimit;
  readonly perIp: RateLimit;
  /** A session ends after this long without a request. */
  readonly sessionIdleMs: number;
  /** ...and this long after login, however busy (default 12 h: one working day). */
  readonly sessionMaxMs?: number;
}

export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  perUsername: { max: 5, windowMs: 15 * 60_000 },
  perIp: { max: 30, windowMs: 15 * 60_000 },
  sessionIdleMs: 8 * 3600_000,
};

export class LoginRefused extends VigilError {
  constructor(readonly retryAfterMs: number) {
    super(
      `Too many failed logins: try again in ${Math.ceil(retryAfterMs / 60_000)} minute(s).`,
      429,
      'rate_limited',
    );
  }
}

export interface SignedIn {
  readonly user: User;
  readonly session: Session;
}

export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Logging in and out, and finding the user behind a session cookie. */
export class AuthService {
  private readonly byUsername: RateLimiter;
  private readonly byIp: RateLimiter;

  constructor(
    private readonly users: UserStore,
    private readonly audit: AuditService,
    private readonly limits: AuthLimits = DEFAULT_AUTH_LIMITS,
  ) {
    this.byUsername = new RateLimiter(limits.perUsername);
    this.byIp = new RateLimiter(limits.perIp);
  }

  /** Checks the password; on success opens a session and returns its (secret) token. */
  async login(username: string, password: string, ip: string): Promise<SignedIn & { token: string }> {
    const name = username.trim().toLowerCase();
    const wait = Math.max(this.byUsername.retryAfter(name), this.byIp.retryAfter(ip));
    if (wait > 0) {
      await this.audit.record(name, 'login.refused', `user:${name}`, { ip, reason: 'rate limited' });
      throw new LoginRefused(wait);
    }
    const found = await this.users.credentials(name);
    const ok = await verifyPassword(password, found?.password_hash ?? DUMMY_HASH);
    if (found === undefined || !ok || found.user.disabled) {
      this.byUsername.fail(name);
      this.byIp.fail(ip);
      await this.audit.record(name, 'login.failed', `user:${name}`, { ip });
      throw new VigilError('The username or password is wrong.', 401, 'bad_credentials');
    }
    this.byUsername.reset(name);
    const token = randomToken();
    const now = Date.now();
    const session: Session = {
      token_hash: sha256Hex(token),
      user_id: found.user.id,
      csrf_token: randomToken(),
      created_at: now,
      last_seen: now,
      expires_at: now + this.limits.sessionIdleMs,
      ip,
    };
    await this.users.createSession(session);
    await this.audit.record(found.user.username, 'login', `user:${found.user.username}`, { ip });
    return { user: found.user, session, token };
  }

  /** The signed-in user behind a cookie token, or null; keeps the session alive while used. */
  async resolve(token: string | undefined): Promise<SignedIn | null> {
    if (token === undefined || token.length < 20) return null;
    const now = Date.now();
    const session = await this.users.session(sha256Hex(token), now);
    if (session === undefined) return null;
    if (now - session.created_at > (this.limits.sessionMaxMs ?? 12 * 3600_000)) {
      await this.users.deleteSession(session.token_hash);
      return null;
    }
    const user = await this.users.byId(session.user_id);
    if (user === undefined || user.disabled) return null;
    if (now - session.last_seen > 60_000)
      await this.users.touchSession(session.token_hash, now, now + this.limits.sessionIdleMs);
    return { user, session };
  }

  /** Is this session still open (not logged out, not expired)? */
  async isLive(tokenHash: string): Promise<boolean> {
    return (await this.users.session(tokenHash, Date.now())) !== undefined;
  }

  async logout(signedIn: SignedIn): Promise<void> {
    await this.users.deleteSession(signedIn.session.token_hash);
    await this.audit.record(signedIn.user.username, 'logout', `user:${signedIn.user.username}`);
  }
}
