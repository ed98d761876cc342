import type { Evidence } from '../core/analysis-types.ts';
import type { SellerNetwork } from '../core/network-types.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot } from './analysis-snapshot.ts';
import type { Services } from './services.ts';

/**
 * THE NEED-TO-KNOW RULE FOR NETWORKS. Staff see every network whole. A liaison sees a network that
 * operates in one of their countries, or that served a lead attributed to one of their countries;
 * within it they see the sellers, receivers, places and money of the network, but among its buyers
 * only their own countries' leads, and of the records behind its statements only those that are not
 * another country's buyer's: messages are withheld, transfers only when one of their leads made them.
 */
export interface NetworkReach {
  readonly all: boolean;
  readonly countries: ReadonlySet<string>;
  /** Persons attributed to the liaison's countries (scored non-sellers). */
  readonly persons: ReadonlySet<string>;
  /** Transfers made by those persons. */
  readonly transfers: ReadonlySet<string>;
}

export async function networkReach(s: Services, user: User): Promise<NetworkReach> {
  if (user.role !== 'liaison')
    return { all: true, countries: new Set(), persons: new Set(), transfers: new Set() };
  const countries = new Set(user.countries.map((c) => c.toUpperCase()));
  const mine = (await analysisSnapshot(s.store)).leads.filter(
    (p) => p.country !== null && countries.has(p.country),
  );
  return {
    all: false,
    countries,
    persons: new Set(mine.map((p) => p.person_id)),
    transfers: new Set(mine.flatMap((p) => p.transactions)),
  };
}

export function mayReadNetwork(reach: NetworkReach, n: SellerNetwork): boolean {
  if (reach.all) return true;
  if (n.country !== null && reach.countries.has(n.country)) return true;
  return n.buyer_person_ids.some((id) => reach.persons.has(id));
}

/** The network as this reach may see it (unchanged for staff). */
export function networkFor(reach: NetworkReach, n: SellerNetwork): SellerNetwork {
  if (reach.all) return n;
  const keep = (e: Evidence): boolean =>
    e.kind === 'message' ? false : e.kind === 'transaction' ? reach.transfers.has(e.id) : true;
  const evidence = (list: readonly Evidence[]): Evidence[] => list.filter(keep);
  const buyers = n.buyer_person_ids.filter((id) => reach.persons.has(id));
  return {
    ...n,
    candidate:
      n.candidate === null
        ? null
        : {
            ...n.candidate,
            reasons: n.candidate.reasons.map((r) => ({ ...r, evidence: evidence(r.evidence) })),
          },
    members: n.members.map((m) => ({
      ...m,
      transaction_ids: m.transaction_ids.filter((t) => reach.transfers.has(t)),
      evidence: evidence(m.evidence),
    })),
    locations: n.locations.map((l) => ({ ...l, evidence: evidence(l.evidence) })),
    buyers: buyers.length,
    buyer_person_ids: buyers,
    buyer_countries: n.buyer_countries.filter((b) => reach.countries.has(b.country)),
    statements: n.statements.map((st) => ({ ...st, evidence: evidence(st.evidence) })),
  };
}
