import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VigilError } from '../core/errors.ts';
import type { User } from '../store/users.ts';
import { randomToken, type SignedIn } from './auth.service.ts';
import type { Services } from './services.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user and session behind the cookie, or null. */
    signedIn: SignedIn | null;
  }
}

export const SESSION_COOKIE = 'vigil_session';
export const CSRF_COOKIE = 'vigil_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Compares tokens in constant time. */
function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function setCsrfCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', secure, httpOnly: false });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', sameSite: 'strict', secure, httpOnly: true });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', sameSite: 'strict', secure, httpOnly: true });
}

/**
 * Finds the session behind the cookie on every request; gives a browser without one a CSRF cookie;
 * and refuses any state-changing request whose X-CSRF-Token header does not match (double submit:
 * the session's token when signed in, else the CSRF cookie).
 */
export function registerRequestAuth(app: FastifyInstance, s: Services): void {
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request, reply) => {
    request.signedIn = await s.auth.resolve(request.cookies[SESSION_COOKIE]);
    const cookie = request.cookies[CSRF_COOKIE];
    if (cookie === undefined || cookie.length < 20)
      setCsrfCookie(reply, request.signedIn?.session.csrf_token ?? randomToken(), s.secureCookies);
    if (!UNSAFE.has(request.method)) return;
    const header = request.headers[CSRF_HEADER];
    const expected = request.signedIn?.session.csrf_token ?? cookie;
    if (
      typeof header !== 'string' ||
      expected === undefined ||
      expected.length < 20 ||
      !sameToken(header, expected)
    )
      throw new VigilError(
        'The request lacks a valid CSRF token: reload the page and try again.',
        403,
        'csrf',
      );
  });
}

/** The signed-in user, or a 401. */
export function userOf(request: FastifyRequest): User {
  if (request.signedIn === null) throw new VigilError('Sign in first.', 401, 'unauthenticated');
  return request.signedIn.user;
}
