import type { FastifyInstance } from 'fastify';
import { changeRuns, changes } from './changes.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

/** "The next seizure": what the latest analysis changed since an ingest run. */
export function changesRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/changes', (request) => changes(s, userOf(request), request.query));
  app.get('/api/changes/runs', (request) => changeRuns(s, userOf(request)));
}
