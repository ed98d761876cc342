import type { FastifyInstance } from 'fastify';
import { networkGraph } from './networks.graph.ts';
import { networkList, networkProfile } from './networks.service.ts';
import { userOf } from './request-auth.ts';
import type { Services } from './services.ts';

/** Seller networks: the list, one network's profile, and its graph (need-to-know in networks.access.ts). */
export function networksRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/networks', (request) => networkList(s, userOf(request)));
  app.get<{ Params: { id: string } }>('/api/networks/:id', (request) =>
    networkProfile(s, userOf(request), request.params.id),
  );
  app.get<{ Params: { id: string } }>('/api/networks/:id/graph', (request) =>
    networkGraph(s, userOf(request), request.params.id),
  );
}
