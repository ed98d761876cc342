import type { FastifyInstance } from 'fastify';
import { personGraph } from './graph.service.ts';
import { personProfile } from './person.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function personRoutes(app: FastifyInstance, s: Services): void {
  app.get<{ Params: { id: string } }>('/api/persons/:id', (request) =>
    personProfile(s, userOf(request), request.params.id, 'person'),
  );
  app.get<{ Params: { id: string }; Querystring: Record<string, string> }>(
    '/api/persons/:id/graph',
    (request) => personGraph(s, userOf(request), request.params.id, request.query),
  );
}
