import type { SellerNetwork } from './networks.ts';

/** A small seller network for store and CLI tests: one seller with an account, one receiver, one buyer. */
export function fixtureSellerNetwork(
  id: string,
  options: { candidateRank?: number; country?: string; seller?: string; buyer?: string } = {},
): SellerNetwork {
  const seller = options.seller ?? `P-${id}-seller`;
  const account = { platform: 'skype', handle: `${id.toLowerCase()}.shop` };
  return {
    network_id: id,
    name: `Network of skype:${account.handle}`,
    known: options.candidateRank === undefined,
    candidate:
      options.candidateRank === undefined
        ? null
        : {
            rank: options.candidateRank,
            score: 10 - options.candidateRank,
            reasons: [
              {
                indicator: 'S1',
                detail: 'receives from 12 unrelated senders abroad',
                weight: 2,
                evidence: [{ kind: 'transaction', id: `${id}-t1` }],
              },
            ],
          },
    country: options.country ?? 'PH',
    members: [
      {
        member_id: seller,
        role: 'seller',
        person_id: seller,
        names: ['Maria Santos'],
        accounts: [account],
        transfers: 0,
        transaction_ids: [],
        first: Date.UTC(2020, 0, 1),
        last: Date.UTC(2023, 0, 1),
        why: 'runs an account marked seller',
        evidence: [{ kind: 'account', id: `skype:${account.handle}` }],
      },
      {
        member_id: `receiver:${id}`,
        role: 'receiver',
        person_id: null,
        names: ['Jose Santos'],
        accounts: [],
        transfers: 3,
        transaction_ids: [`${id}-t1`, `${id}-t2`, `${id}-t3`],
        first: Date.UTC(2021, 0, 1),
        last: Date.UTC(2022, 0, 1),
        why: 'collects transfers paid after chats with the seller',
        evidence: [{ kind: 'transaction', id: `${id}-t1` }],
      },
    ],
    accounts: [account],
    locations: [
      {
        label: 'Cebu City',
        country: 'PH',
        lat: null,
        lon: null,
        source: 'receiver_city',
        observations: 3,
        evidence: [{ kind: 'transaction', id: `${id}-t1` }],
      },
    ],
    active_from: Date.UTC(2020, 0, 1),
    active_to: Date.UTC(2023, 0, 1),
    still_active: false,
    buyers: 1,
    buyer_countries: [{ country: 'DE', buyers: 1 }],
    buyer_person_ids: [options.buyer ?? `P-${id}-buyer`],
    money_by_month: [{ month: '2021-01', currency: 'USD', amount: 150, transfers: 3 }],
    statements: [],
  };
}
