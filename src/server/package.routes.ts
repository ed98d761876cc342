import type { FastifyInstance } from 'fastify';
import { buildPackageSet, listPackages, packageZip, verifyPackageOf } from './package.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

export function packageRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/packages', (request) => listPackages(s, userOf(request)));
  app.post('/api/packages', (request) => buildPackageSet(s, userOf(request), request.body));
  app.post<{ Params: { build: string; folder: string } }>('/api/packages/:build/:folder/verify', (request) =>
    verifyPackageOf(s, userOf(request), request.params.build, request.params.folder),
  );
  app.get<{ Params: { build: string; folder: string } }>(
    '/api/packages/:build/:folder/download',
    async (request, reply) => {
      const zip = await packageZip(s, userOf(request), request.params.build, request.params.folder);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${zip.name}"`)
        .send(Buffer.from(zip.bytes));
    },
  );
}
