import type { User } from '../store/users.ts';
import { analysisSnapshot } from './analysis-snapshot.ts';
import type { GraphEdge, GraphNode, PersonGraph } from './graph.service.ts';
import { readableNetwork } from './networks.service.ts';
import type { Services } from './services.ts';

/** Buyers drawn around a network at most; the rest are counted on the network node. */
export const MAX_NETWORK_BUYERS = 60;

/**
 * GET /api/networks/:id/graph: a seller's network as a graph, to reach from one buyer through the
 * seller to the network's other buyers — the network, its sellers with their accounts, its
 * receivers, and the buyers it served (a liaison: only their countries' leads), strongest first.
 */
export async function networkGraph(s: Services, user: User, id: string): Promise<PersonGraph> {
  const { network } = await readableNetwork(s, user, id);
  const snap = await analysisSnapshot(s.store);
  const center = `n:${network.network_id}`;
  const buyers = network.buyer_person_ids
    .map((pid) => snap.byId.get(pid))
    .filter((p) => p !== undefined)
    .sort((a, b) => Number(b.lead) - Number(a.lead) || b.score - a.score);
  const nodes: GraphNode[] = [
    {
      id: center,
      kind: 'network',
      label: network.name,
      center: true,
      country: network.country,
      network_id: network.network_id,
      degree: buyers.length,
      ...(buyers.length > MAX_NETWORK_BUYERS ? { collapsed: true } : {}),
    },
  ];
  const edges: GraphEdge[] = [];
  for (const m of network.members) {
    if (m.role === 'account') continue;
    const nid = m.person_id === null ? `r:${m.member_id}` : `p:${m.person_id}`;
    nodes.push({
      id: nid,
      kind: m.role === 'receiver' && m.person_id === null ? 'receiver' : 'person',
      label: m.names[0] ?? m.member_id,
      role: m.role === 'seller' ? 'seller' : 'receiver',
      country: network.country,
      network_id: network.network_id,
      ...(m.person_id === null ? {} : { person_id: m.person_id }),
    });
    edges.push({ source: center, target: nid, kind: 'member', weight: Math.max(1, m.transfers) });
    for (const a of m.accounts) {
      const aid = `a:${a.platform}:${a.handle}`;
      if (!nodes.some((x) => x.id === aid))
        nodes.push({ id: aid, kind: 'account', label: `${a.platform}:${a.handle}` });
      edges.push({ source: nid, target: aid, kind: 'owns', weight: 1 });
    }
  }
  for (const b of buyers.slice(0, MAX_NETWORK_BUYERS)) {
    const nid = `p:${b.person_id}`;
    if (!nodes.some((x) => x.id === nid))
      nodes.push({
        id: nid,
        kind: 'person',
        label: b.names[0] ?? b.person_id,
        role: b.role,
        country: b.country,
        person_id: b.person_id,
      });
    edges.push({ source: nid, target: center, kind: 'paid', weight: 1 + b.transactions.length });
  }
  await s.audit.record(user.username, 'network.view', `graph:${network.network_id}`, { nodes: nodes.length });
  return { center, nodes, edges };
}
