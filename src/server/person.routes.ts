import type { FastifyInstance } from 'fastify';
import { personGraph } from './graph.service.ts';
import { personProfileJson } from './person.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export const JSON_TYPE = 'application/json; charset=utf-8';

export function personRoutes(app: FastifyInstance, s: Services): void {
  // The profile comes as JSON text (a PersonProfile): most of it is kept serialised per analysis.
  app.get<{ Params: { id: string } }>('/api/persons/:id', async (request, reply) =>
    reply.type(JSON_TYPE).send(await personProfileJson(s, userOf(request), request.params.id, 'person')),
  );
  app.get<{ Params: { id: string }; Querystring: Record<string, string> }>(
    '/api/persons/:id/graph',
    (request) => personGraph(s, userOf(request), request.params.id, request.query),
  );
}
