import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` writes the single-page app. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Serves the built web app at `/`; any other GET outside /api that names no file gets index.html,
 * so the app's own paths (/search, /conversations/...) load on refresh.
 */
export async function registerWebApp(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run `npm run build:web`, then restart `vigil serve`.'),
    );
    return;
  }
  const html = readFileSync(index, 'utf8');
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendIndex = (_req: unknown, reply: FastifyReply): FastifyReply =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  app.get('/', sendIndex);
  app.get('/*', (request, reply) => {
    // The app's own paths may end in anything (message ids have dots); only asset misses are 404s.
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/'))
      return reply.status(404).send({ error: { code: 'not_found', message: 'Not found.' } });
    return sendIndex(request, reply);
  });
}
