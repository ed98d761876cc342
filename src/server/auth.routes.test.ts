import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sha256Hex } from '../core/hash.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';

let tc: TestCase;
let app: FastifyInstance;

beforeAll(async () => {
  tc = await testCase();
  app = (await testApp(tc.store)).app;
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
});

describe('login, session, logout', () => {
  it('refuses a wrong password with 401 and the same message as an unknown user', async () => {
    const c = new TestClient(app, '10.1.0.1');
    const wrong = await c.login('analyst', 'not the password');
    const unknown = await c.login('nobody', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('opens a server-side session in a Secure, HttpOnly, SameSite=Strict cookie', async () => {
    const c = new TestClient(app, '10.1.0.2');
    const res = await c.login('Analyst');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toEqual({ username: 'analyst', role: 'analyst', countries: [] });
    const session = res.cookies.find((k) => k.name === 'vigil_session')!;
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    const csrf = res.cookies.find((k) => k.name === 'vigil_csrf')!;
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(res.json().csrf_token);
    // Only the token's hash is stored.
    const stored = tc.store.db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
    expect(stored).toContain(sha256Hex(session.value));
    expect(stored).not.toContain(session.value);
    expect((await c.get('/api/auth/me')).json().user.username).toBe('analyst');
  });

  it('ends the session on logout', async () => {
    const c = new TestClient(app, '10.1.0.3');
    await c.login('analyst');
    const token = c.cookies.get('vigil_session')!;
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).json()).toEqual({ user: null });
    const replay = await app.inject({ url: '/api/auth/me', headers: { cookie: `vigil_session=${token}` } });
    expect(replay.json()).toEqual({ user: null });
    expect((await c.get('/api/search?q=payment')).statusCode).toBe(401);
  });

  it('ends a session after its maximum lifetime, however busy', async () => {
    const local = await testApp(tc.store, {
      limits: {
        perUsername: { max: 5, windowMs: 60_000 },
        perIp: { max: 30, windowMs: 60_000 },
        sessionIdleMs: 60_000,
        sessionMaxMs: -1,
      },
    });
    const c = new TestClient(local.app, '10.1.0.4');
    expect((await c.login('analyst')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).json()).toEqual({ user: null });
    await local.app.close();
  });

  it('audits logins and failed logins', () => {
    const actions = (tc.store.db.prepare('SELECT action FROM audit_log').pluck().all() as string[]).join(' ');
    expect(actions).toContain('login.failed');
    expect(actions).toMatch(/\blogin\b/);
    expect(actions).toContain('logout');
  });
});

describe('CSRF', () => {
  it('refuses a login without the double-submit header', async () => {
    const c = new TestClient(app, '10.2.0.1');
    await c.get('/api/health');
    c.csrf = false;
    const res = await c.login('analyst');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('refuses a signed-in state change whose header does not match the session token', async () => {
    const c = new TestClient(app, '10.2.0.2');
    await c.login('analyst');
    const forged = await c.post('/api/auth/logout', {}, { 'x-csrf-token': 'x'.repeat(43) });
    expect(forged.statusCode).toBe(403);
    c.csrf = false;
    expect((await c.post('/api/auth/logout')).statusCode).toBe(403);
    expect((await c.get('/api/auth/me')).json().user.username).toBe('analyst');
  });
});

describe('login rate limiting', () => {
  it('refuses a username after 5 failures, even with the right password', async () => {
    const c = new TestClient(app, '10.3.0.1');
    for (let i = 0; i < 5; i++) expect((await c.login('admin', `wrong ${i}`)).statusCode).toBe(401);
    const res = await c.login('admin');
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another address trying the same username is refused too (the limit is per username).
    expect((await new TestClient(app, '10.3.0.2').login('admin')).statusCode).toBe(429);
  });

  it('refuses an address that tries many usernames', async () => {
    const local = await testApp(tc.store, {
      limits: {
        perUsername: { max: 100, windowMs: 60_000 },
        perIp: { max: 3, windowMs: 60_000 },
        sessionIdleMs: 60_000,
      },
    });
    const c = new TestClient(local.app, '10.4.0.1');
    for (const u of ['a1', 'a2', 'a3']) expect((await c.login(u, 'guess')).statusCode).toBe(401);
    expect((await c.login('analyst')).statusCode).toBe(429);
    expect((await new TestClient(local.app, '10.4.0.2').login('analyst')).statusCode).toBe(200);
    await local.app.close();
  });
});

describe('security headers', () => {
  it('are on every response, errors included', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/api/search?q=x']) {
      const res = await app.inject({ url });
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});
