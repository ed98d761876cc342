import { VigilError } from '../core/errors.ts';
import { networkSummary, type NetworkSummary, type SellerNetwork } from '../core/network-types.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot } from './analysis-snapshot.ts';
import { mayReadNetwork, networkFor, networkReach } from './networks.access.ts';
import type { Services } from './services.ts';

/** A buyer of a network as the profile lists them. */
export interface NetworkBuyer {
  readonly person_id: string;
  readonly name: string | null;
  readonly country: string | null;
  readonly score: number;
  readonly lead: boolean;
  readonly urgent: boolean;
}

export interface NetworkList {
  readonly networks: readonly NetworkSummary[];
  /** The liaison sees only some networks, and only their countries' buyers within them. */
  readonly limited: boolean;
}

export interface NetworkProfile {
  readonly network: SellerNetwork;
  readonly buyers: readonly NetworkBuyer[];
  readonly limited: boolean;
}

/** GET /api/networks: the networks of the latest analysis this user may see (audited). */
export async function networkList(s: Services, user: User): Promise<NetworkList> {
  s.access.require(user, 'leads.read');
  const reach = await networkReach(s, user);
  const all = reach.all ? null : await s.store.networks.all();
  const networks = reach.all
    ? await s.store.networks.list()
    : all!.filter((n) => mayReadNetwork(reach, n)).map((n) => networkSummary(networkFor(reach, n)));
  await s.audit.record(user.username, 'network.view', 'networks', { count: networks.length });
  return { networks, limited: !reach.all };
}

/**
 * The network this user may see, as they may see it. A liaison asking for a network outside their
 * reach — or one that does not exist — is refused alike, and the refusal audited.
 */
export async function readableNetwork(
  s: Services,
  user: User,
  id: string,
): Promise<{ network: SellerNetwork; limited: boolean }> {
  s.access.require(user, 'leads.read');
  const reach = await networkReach(s, user);
  const n = await s.store.networks.get(id);
  if (n === undefined ? !reach.all : !mayReadNetwork(reach, n)) {
    await s.audit.record(user.username, 'access.refused', `network:${id}`, {});
    throw new VigilError(
      `This network neither operates in nor served leads of your countries (${user.countries.join(', ')}).`,
      403,
      'need_to_know',
    );
  }
  if (n === undefined) throw new VigilError(`There is no network ${id}.`, 404, 'not_found');
  return { network: networkFor(reach, n), limited: !reach.all };
}

/** GET /api/networks/:id: the network profile with its buyers (audited). */
export async function networkProfile(s: Services, user: User, id: string): Promise<NetworkProfile> {
  const { network, limited } = await readableNetwork(s, user, id);
  const snap = await analysisSnapshot(s.store);
  const buyers: NetworkBuyer[] = network.buyer_person_ids
    .map((pid) => {
      const p = snap.byId.get(pid);
      return {
        person_id: pid,
        name: p?.names[0] ?? null,
        country: p?.country ?? null,
        score: p?.score ?? 0,
        lead: p?.lead ?? false,
        urgent: p?.urgent ?? false,
      };
    })
    .sort((a, b) => Number(b.lead) - Number(a.lead) || b.score - a.score);
  await s.audit.record(user.username, 'network.view', `network:${network.network_id}`, {
    country: network.country,
    buyers: buyers.length,
  });
  return { network, buyers, limited };
}
