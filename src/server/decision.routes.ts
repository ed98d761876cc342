import type { FastifyInstance } from 'fastify';
import { addDecision } from './decision.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function decisionRoutes(app: FastifyInstance, s: Services): void {
  app.post('/api/decisions', (request) => addDecision(s, userOf(request), request.body));
}
