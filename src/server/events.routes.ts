import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

/** Keeps proxies and browsers from dropping a quiet stream. */
const HEARTBEAT_MS = 20_000;

/**
 * Live updates as server-sent events: every event on the bus that this user may receive, as one
 * unnamed SSE message whose data is `{"type": …, "data": …}` (so the browser needs no list of
 * names). The first message is `hello`. The browser's EventSource reconnects by itself.
 */
export function eventsRoutes(app: FastifyInstance, s: Services): void {
  const open = new Set<() => void>();
  app.addHook('onClose', (_instance, done) => {
    for (const stop of [...open]) stop();
    done();
  });
  app.get('/api/events', (request, reply) => {
    const user = userOf(request);
    const tokenHash = request.signedIn!.session.token_hash;
    const stream = new PassThrough();
    const send = (chunk: string): void => {
      if (!stream.destroyed) stream.write(chunk);
    };
    send(`retry: 5000\ndata: ${JSON.stringify({ type: 'hello', data: { user: user.username } })}\n\n`);
    const unsubscribe = s.bus.subscribe((e) => {
      if (s.access.mayReceive(user, e.audience))
        send(`id: ${e.id}\ndata: ${JSON.stringify({ type: e.type, data: e.data })}\n\n`);
    });
    // Each heartbeat also checks the session: a stream ends soon after its user signs out.
    const heartbeat = setInterval(() => {
      send(': keep-alive\n\n');
      void s.auth.isLive(tokenHash).then((live) => {
        if (!live) stop();
      });
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const stop = (): void => {
      open.delete(stop);
      clearInterval(heartbeat);
      unsubscribe();
      stream.end();
    };
    open.add(stop);
    request.raw.on('close', stop);
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('x-accel-buffering', 'no')
      .send(stream);
  });
}
