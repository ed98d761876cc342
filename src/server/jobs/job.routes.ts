import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../parse-input.ts';
import { userOf } from '../request-auth.ts';
import type { Services } from '../services.ts';
import { cancelJob, jobById, listJobs, startJob } from './job.service.ts';

const JobId = z.object({ id: z.coerce.number().int().min(1) });

export function jobRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/jobs', (request) => listJobs(s, userOf(request)));
  app.post('/api/jobs', (request) => startJob(s, userOf(request), request.body));
  app.get('/api/jobs/:id', (request) => jobById(s, userOf(request), parseInput(JobId, request.params).id));
  app.post('/api/jobs/:id/cancel', (request) =>
    cancelJob(s, userOf(request), parseInput(JobId, request.params).id),
  );
}
