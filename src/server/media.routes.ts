import type { FastifyInstance } from 'fastify';
import { revealMedia } from './media.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function mediaRoutes(app: FastifyInstance, s: Services): void {
  app.post('/api/media/reveal', (request) => revealMedia(s, userOf(request), request.body));
}
