import type { FastifyInstance } from 'fastify';
import { assignees, leadByIdJson, leadQueue, leadSummary, updateReview } from './lead.service.ts';
import { JSON_TYPE } from './person.routes.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function leadRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/leads', (request) => leadQueue(s, userOf(request), request.query));
  app.get('/api/leads/summary', (request) => leadSummary(s, userOf(request)));
  app.get('/api/leads/assignees', (request) => assignees(s, userOf(request)));
  app.get<{ Params: { id: string } }>('/api/leads/:id', async (request, reply) =>
    reply.type(JSON_TYPE).send(await leadByIdJson(s, userOf(request), request.params.id)),
  );
  app.post<{ Params: { id: string } }>('/api/leads/:id/review', (request) =>
    updateReview(s, userOf(request), request.params.id, request.body),
  );
}
