import type { FastifyInstance } from 'fastify';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

/** The dashboard's figures: what the case holds, and transfers by sender country for the map. */
export function statsRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/stats', async (request) => {
    s.access.require(userOf(request), 'case.read');
    const [stats, countries] = await Promise.all([s.reader.stats(), s.reader.senderCountries()]);
    return { stats, countries };
  });
}
