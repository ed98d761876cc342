import type { FastifyInstance } from 'fastify';
import { InFlight } from './in-flight.ts';
import { userOf } from './request-auth.ts';
import { searchMessages } from './search.service.ts';
import type { Services } from './services.ts';

/** Searches one user may have running at once (a browser tab rarely needs more than one). */
const SEARCHES_PER_USER = 3;

export function searchRoutes(app: FastifyInstance, s: Services): void {
  const inFlight = new InFlight(SEARCHES_PER_USER);
  app.get('/api/search', (request) => {
    const user = userOf(request);
    return inFlight.run(user.id, 'searches', () => searchMessages(s, user, request.query));
  });
}
