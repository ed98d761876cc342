import type { FastifyInstance } from 'fastify';
import { userOf } from './request-auth.ts';
import { searchMessages } from './search.service.ts';
import type { Services } from './services.ts';

export function searchRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/search', (request) => searchMessages(s, userOf(request), request.query));
}
