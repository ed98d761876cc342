import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { User } from '../store/users.ts';
import { parseInput } from './parse-input.ts';
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from './request-auth.ts';
import { randomToken } from './auth.service.ts';
import type { Services } from './services.ts';

const LoginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** What the browser learns about the signed-in user. */
export const publicUser = (u: User): { username: string; role: string; countries: readonly string[] } => ({
  username: u.username,
  role: u.role,
  countries: u.countries,
});

export function authRoutes(app: FastifyInstance, s: Services): void {
  app.post('/api/auth/login', async (request, reply) => {
    const body = parseInput(LoginBody, request.body);
    const { user, session, token } = await s.auth.login(body.username, body.password, request.ip);
    setSessionCookie(reply, token, s.secureCookies);
    setCsrfCookie(reply, session.csrf_token, s.secureCookies);
    return { user: publicUser(user), csrf_token: session.csrf_token };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    if (request.signedIn !== null) await s.auth.logout(request.signedIn);
    clearSessionCookie(reply, s.secureCookies);
    setCsrfCookie(reply, randomToken(), s.secureCookies);
    return { ok: true };
  });

  // Answers 200 either way, so a browser checking whether it is signed in logs no error.
  app.get('/api/auth/me', (request) => {
    const s = request.signedIn;
    return s === null ? { user: null } : { user: publicUser(s.user), csrf_token: s.session.csrf_token };
  });
}
