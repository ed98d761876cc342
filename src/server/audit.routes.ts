import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from './parse-input.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

const AuditParams = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
  user: z.string().trim().min(1).max(64).optional(),
  action: z.string().trim().min(1).max(64).optional(),
});

/** The audit log, for admins: newest first, and a check of the whole chain. */
export function auditRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/audit', async (request) => {
    const user = userOf(request);
    s.access.require(user, 'audit.read');
    const filter = parseInput(AuditParams, request.query);
    const entries = await s.audit.list(filter);
    await s.audit.record(user.username, 'audit.view', 'audit', { ...filter });
    return { entries };
  });

  app.get('/api/audit/verify', async (request) => {
    s.access.require(userOf(request), 'audit.read');
    return s.audit.verify();
  });
}
