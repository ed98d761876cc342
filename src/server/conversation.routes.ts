import type { FastifyInstance } from 'fastify';
import { conversationAround } from './conversation.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function conversationRoutes(app: FastifyInstance, s: Services): void {
  app.get<{ Params: { platform: string; messageId: string }; Querystring: { around?: string } }>(
    '/api/messages/:platform/:messageId/conversation',
    (request) => conversationAround(s, userOf(request), { ...request.params, around: request.query.around }),
  );
}
