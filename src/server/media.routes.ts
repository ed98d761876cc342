import type { FastifyInstance } from 'fastify';
import { personMedia, revealMedia } from './media.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function mediaRoutes(app: FastifyInstance, s: Services): void {
  app.get<{ Params: { id: string } }>('/api/persons/:id/media', (request) =>
    personMedia(s, userOf(request), request.params.id),
  );
  app.post('/api/media/reveal', async (request, reply) => {
    const m = await revealMedia(s, userOf(request), request.body);
    // never kept by the browser or anything between: every view is a new, logged reveal
    return reply
      .header('cache-control', 'no-store, max-age=0')
      .header('pragma', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'inline')
      .header('x-media-sha256', m.sha256)
      .type(m.mime)
      .send(m.bytes);
  });
}
