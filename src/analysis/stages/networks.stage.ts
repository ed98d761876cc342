import type { SellerNetwork } from '../../core/network-types.ts';
import type { Store } from '../../store/store.ts';
import { openIpCountryDb } from '../jurisdiction/ip-country.ts';
import { findNetworks, type FindInputs } from '../networks/find-networks.ts';
import { loadLocations, loadPhotoLocations, mergeLocations } from '../networks/load-locations.ts';
import { tiedSellerAccounts } from '../networks/tied-sellers.ts';
import { DEFAULT_SELLER_COUNTRIES } from './analysis-config.ts';
import { loadCaseFacts, type CaseFacts } from './case-facts.ts';
import { hintedSellers, hubAccounts } from './hubs.ts';

export interface NetworksStats {
  readonly networks: number;
  readonly known: number;
  readonly candidates: number;
  readonly still_active: number;
  readonly sellers: number;
  readonly receivers: number;
  readonly snapshot: number;
}

/** What finding networks reads from an assessed case: persons, transfers, chat ties, locations, identifiers. */
export async function networkInputs(
  store: Store,
  options: { facts?: CaseFacts; sellerCountries?: readonly string[] } = {},
): Promise<FindInputs> {
  const facts = options.facts ?? (await loadCaseFacts(store));
  const persons = await store.analysis.persons();
  const sellers = persons.filter((p) => p.role === 'seller');
  const sellerAccounts = new Set(sellers.flatMap((s) => s.accounts.map((a) => `${a.platform}:${a.handle}`)));
  const sellerLike = new Set([...hintedSellers(facts), ...hubAccounts(facts), ...sellerAccounts]);
  const personOfAccount = new Map<string, string>();
  const payerOf = new Map<string, string>();
  for (const p of persons) {
    for (const a of p.accounts) personOfAccount.set(`${a.platform}:${a.handle}`, p.person_id);
    for (const t of p.transactions) payerOf.set(t, p.person_id);
  }
  const ipDb = openIpCountryDb();
  const ipMemo = new Map<string, string | null>();
  return {
    ctx: {
      facts,
      persons: new Map(persons.map((p) => [p.person_id, p])),
      personOfAccount,
      payerOf,
      hinted: hintedSellers(facts),
      locations: mergeLocations(
        await loadLocations(store, sellerAccounts),
        await loadPhotoLocations(store, sellerAccounts),
      ),
      ipCountry: (ip) => {
        if (!ipMemo.has(ip)) ipMemo.set(ip, ipDb.lookup(ip));
        return ipMemo.get(ip)!;
      },
      sellerCountries: new Set(options.sellerCountries ?? DEFAULT_SELLER_COUNTRIES),
    },
    sellers,
    tiedSellerAccount: await tiedSellerAccounts(store, facts, sellerLike),
    sellerIdentifiers: await store.analysis.identifiers({
      types: ['phone', 'receiver_name'],
      accounts: [...sellerAccounts],
    }),
  };
}

/**
 * Stage 6, seller networks (issue 7): after assessment, groups seller persons with the people who
 * collect transfers for them, describes each network (where, when, buyers, money, evidence) and
 * ranks the ones not marked seller as candidate networks. Stores a new network snapshot.
 */
export async function runNetworksStage(
  store: Store,
  options: { facts?: CaseFacts; sellerCountries?: readonly string[] } = {},
): Promise<NetworksStats> {
  const started = Date.now();
  const networks: SellerNetwork[] = findNetworks(await networkInputs(store, options));
  const runs = (await store.runs()).filter((r) => r.status === 'ok');
  const snapshot = await store.networks.replace(networks, {
    at: Date.now(),
    ingestRun: runs.at(-1)?.id ?? null,
  });
  const stats: NetworksStats = {
    networks: networks.length,
    known: networks.filter((n) => n.known).length,
    candidates: networks.filter((n) => !n.known).length,
    still_active: networks.filter((n) => n.still_active).length,
    sellers: networks.reduce((a, n) => a + n.members.filter((m) => m.role === 'seller').length, 0),
    receivers: networks.reduce((a, n) => a + n.members.filter((m) => m.role === 'receiver').length, 0),
    snapshot,
  };
  await store.analysis.recordStage('networks', started, stats);
  return stats;
}
