import { createRequire } from 'node:module';
import type { SellerNetwork } from '../core/network-types.ts';
import type { Store } from '../store/store.ts';
import { DEFAULT_GRADE, DEFAULT_LEAD_MARKINGS } from './from-store.ts';
import type { Grade, PackageInput, PackageNetwork, PackageReason } from './package-input.ts';

/** A candidate network (not marked seller in the case) is graded one step less certain. */
export const CANDIDATE_GRADE: Grade = { source: 'B', information: 3 };

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/** The folder suffix of a network's package: `PH-nw-…`. */
export const networkFolderSuffix = (networkId: string): string => networkId.toLowerCase();

/** One stored network as the package builders take it. */
export function packageNetwork(n: SellerNetwork & { country: string }): PackageNetwork {
  const statements: PackageReason[] = [
    ...(n.still_active
      ? [
          {
            indicator: 'URGENT',
            weight: 0,
            detail: 'The network is still active: it shows activity in the last weeks of the case.',
            evidence: n.statements.find((s) => s.indicator === 'active')?.evidence ?? [],
          },
        ]
      : []),
    ...(n.candidate === null
      ? []
      : [
          {
            indicator: 'CANDIDATE',
            weight: n.candidate.score,
            detail: `Not marked seller in the case: a candidate network (rank ${n.candidate.rank}) found by the seller-side indicators below; verify before acting.`,
            evidence: [],
          },
          ...n.candidate.reasons,
        ]),
    ...n.statements,
  ].map((s) => ({ indicator: s.indicator, weight: s.weight, detail: s.detail, evidence: s.evidence }));
  return {
    network_id: n.network_id,
    name: n.name,
    country: n.country,
    still_active: n.still_active,
    active_from: n.active_from,
    active_to: n.active_to,
    grade: n.candidate === null ? DEFAULT_GRADE : CANDIDATE_GRADE,
    markings: DEFAULT_LEAD_MARKINGS,
    members: n.members
      .filter((m) => m.role !== 'account')
      .map((m) => ({
        person_id: m.person_id ?? m.member_id,
        role: m.role,
        names: m.names,
        accounts: m.accounts,
      })),
    locations: n.locations.map((l) => ({
      label: l.country === null || l.label.includes(`(${l.country}`) ? l.label : `${l.label}, ${l.country}`,
      lat: l.lat,
      lon: l.lon,
      source: l.source,
      evidence: l.evidence,
    })),
    buyer_counts: n.buyer_countries.map((b) => ({ country: b.country, buyers: b.buyers })),
    money_by_month: n.money_by_month.map((m) => ({
      month: m.month,
      amount: m.amount.toFixed(2),
      currency: m.currency,
    })),
    statements,
    notes: [],
  };
}

/**
 * One package per seller network for the country it operates in (issue 7): the networks the case
 * knows, and candidate networks that run accounts of their own (a lone collector is a lead for the
 * investigators, not for dissemination). Same format, markings and signing as buyer packages;
 * times come from the case, so the same case gives the same packages.
 */
export async function networkPackageInputs(
  store: Store,
  request: { readonly countries: readonly string[] | 'all'; readonly operation?: string },
): Promise<PackageInput[]> {
  const networks = (await store.networks.all()).filter(
    (n): n is SellerNetwork & { country: string } =>
      n.country !== null &&
      (request.countries === 'all' || request.countries.includes(n.country)) &&
      (n.known || n.members.some((m) => m.role === 'seller')),
  );
  if (networks.length === 0) return [];
  const info = await store.caseInfo();
  const sourceFiles = (await store.sources()).map((s) => ({ path: s.path, sha256: s.sha256 }));
  return networks.map((n) => ({
    case: { id: info.id, name: 'Vigil case', operation: request.operation ?? 'Operational sprint' },
    country: n.country,
    recipientAuthority: `National authority of ${n.country}`,
    generatedAt: info.analysedAt ?? 0,
    markings: DEFAULT_LEAD_MARKINGS,
    leads: [],
    networks: [packageNetwork(n)],
    sourceFiles,
    vigilVersion: version(),
    folderSuffix: networkFolderSuffix(n.network_id),
  }));
}
