import type { FastifyInstance } from 'fastify';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';
import { StatsService } from './stats.service.ts';

/** The dashboard's figures: what the case holds, and transfers by sender country for the map. */
export function statsRoutes(app: FastifyInstance, s: Services): void {
  const stats = new StatsService(s);
  app.get('/api/stats', (request) => {
    s.access.require(userOf(request), 'case.read');
    return stats.dashboard();
  });
}
