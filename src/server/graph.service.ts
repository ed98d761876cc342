import { z } from 'zod';
import type { GraphEdge, GraphNode, PersonGraph } from '../core/graph-types.ts';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot, partnerSnapshot } from './analysis-snapshot.ts';
import { accountKey } from './message-scope.ts';
import { parseInput } from './parse-input.ts';
import { personRecords } from './person-records.ts';
import { attributedPerson } from './person.service.ts';
import type { Services } from './services.ts';

export type { GraphEdge, GraphNode, PersonGraph };

export const GraphQuery = z.object({
  partners: z.coerce.number().int().min(1).max(100).default(25),
  hub: z.coerce.number().int().min(5).max(1000).default(40),
});

/**
 * GET /api/persons/:id/graph: the person, their accounts, the accounts they chat with and the
 * persons behind those, and whom they paid. Accounts with more partners than `hub` are collapsed.
 */
export async function personGraph(s: Services, user: User, id: string, input: unknown): Promise<PersonGraph> {
  const q = parseInput(GraphQuery, input);
  s.access.require(user, 'case.read');
  const center = await attributedPerson(s, user, id, 'person');
  const [snap, partners] = await Promise.all([analysisSnapshot(s.store), partnerSnapshot(s.store)]);
  // the person's transfers by index on a reader thread (kept with the profile), not a scan of the table
  const { transfers } = (await personRecords(s.reader, snap, center)).value;
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const personNode = (p: PersonAnalysis, isCenter = false): string => {
    const nid = `p:${p.person_id}`;
    if (!nodes.has(nid))
      nodes.set(nid, {
        id: nid,
        kind: 'person',
        label: p.names[0] ?? p.person_id,
        role: p.role,
        country: p.country,
        person_id: p.person_id,
        ...(isCenter ? { center: true } : {}),
      });
    if (p.role === 'seller') sellers.push(nid);
    return nid;
  };
  const sellers: string[] = [];
  const accountNode = (platform: string, handle: string): string => {
    const nid = `a:${accountKey(platform, handle)}`;
    if (!nodes.has(nid)) {
      const degree = Object.keys(partners.get(accountKey(platform, handle)) ?? {}).length;
      nodes.set(nid, {
        id: nid,
        kind: 'account',
        label: `${platform}:${handle}`,
        degree,
        ...(degree > q.hub ? { collapsed: true } : {}),
      });
    }
    return nid;
  };
  const personCache = new Map<string, PersonAnalysis | undefined>();
  const personOfAccount = async (platform: string, handle: string): Promise<PersonAnalysis | undefined> => {
    const key = accountKey(platform, handle);
    const known = snap.byAccount.get(key);
    if (known !== undefined) return known;
    if (personCache.has(key)) return personCache.get(key);
    const pid = await s.store.analysis.personOf(`acct:${platform}:${handle}`);
    const p = pid === undefined ? undefined : await s.store.analysis.person(pid);
    personCache.set(key, p);
    return p;
  };

  const centerId = personNode(center, true);
  for (const a of center.accounts) {
    const aid = accountNode(a.platform, a.handle);
    edges.push({ source: centerId, target: aid, kind: 'owns', weight: 1 });
    const top = Object.entries(partners.get(accountKey(a.platform, a.handle)) ?? {})
      .sort((x, y) => y[1] - x[1])
      .slice(0, q.partners);
    for (const [partner, count] of top) {
      const cut = partner.indexOf(':');
      const [platform, handle] =
        cut < 0 ? [a.platform, partner] : [partner.slice(0, cut), partner.slice(cut + 1)];
      const cid = accountNode(platform, handle);
      edges.push({ source: aid, target: cid, kind: 'chat', weight: count });
      const owner = await personOfAccount(platform, handle);
      if (owner !== undefined && owner.person_id !== center.person_id)
        edges.push({ source: personNode(owner), target: cid, kind: 'owns', weight: 1 });
    }
  }
  const paid = new Map<string, { label: string; count: number }>();
  for (const r of transfers) {
    const name = r.receiver_name ?? r.receiver_account ?? 'unknown';
    const key = `r:${name.toLowerCase()}`;
    const c = r.receiver_country ?? '';
    const entry = paid.get(key) ?? { label: c === '' ? name : `${name} (${c})`, count: 0 };
    entry.count++;
    paid.set(key, entry);
  }
  for (const [rid, { label, count }] of paid) {
    nodes.set(rid, { id: rid, kind: 'receiver', label });
    edges.push({ source: centerId, target: rid, kind: 'paid', weight: count });
  }
  // a seller's network: expanding the seller reaches the network's other buyers (networks.graph.ts)
  for (const nid of sellers) {
    const node = nodes.get(nid)!;
    const network = (await s.store.networks.ofPerson(node.person_id!)).find((n) => n.relation !== 'buyer');
    if (network !== undefined) nodes.set(nid, { ...node, network_id: network.network_id });
  }
  await s.audit.record(user.username, 'person.view', `graph:${center.person_id}`, { nodes: nodes.size });
  return { center: centerId, nodes: [...nodes.values()], edges };
}
