import type { FastifyInstance } from 'fastify';
import { assignees, leadById, leadQueue, leadSummary, updateReview } from './lead.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function leadRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/leads', (request) => leadQueue(s, userOf(request), request.query));
  app.get('/api/leads/summary', (request) => leadSummary(s, userOf(request)));
  app.get('/api/leads/assignees', (request) => assignees(s, userOf(request)));
  app.get<{ Params: { id: string } }>('/api/leads/:id', (request) =>
    leadById(s, userOf(request), request.params.id),
  );
  app.post<{ Params: { id: string } }>('/api/leads/:id/review', (request) =>
    updateReview(s, userOf(request), request.params.id, request.body),
  );
}
