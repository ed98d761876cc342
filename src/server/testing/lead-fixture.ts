import type { PersonAnalysis } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';

/** Person ids of the neutral bundle's analysed picture. */
export const PERSONS = { anna: 'p-anna', ben: 'p-ben', carl: 'p-carl', dave: 'p-dave' } as const;

function person(
  id: string,
  o: Partial<PersonAnalysis> & Pick<PersonAnalysis, 'accounts' | 'transactions' | 'country'>,
): PersonAnalysis {
  return {
    person_id: id,
    role: 'buyer',
    names: [],
    identifiers: [],
    culpability: 0,
    actionability: 0,
    score: 0,
    urgent: false,
    lead: false,
    rank: null,
    country_confidence: 0.9,
    country_candidates:
      o.country === null ? [] : [{ country: o.country, p: 0.9, evidence: ['sender_country'] }],
    reasons: [],
    ...o,
  };
}

/**
 * Writes, as `vigil analyze` would, a small analysed picture of the neutral bundle: Anna the seller
 * (PH), Ben a lead in DE (two transfers, chat evidence), Carl in NL and Dave in GB.
 */
export async function writeNeutralAnalysis(store: Store): Promise<void> {
  const started = Date.now();
  await store.analysis.replaceLinkage(
    [
      { person_id: PERSONS.anna, members: ['acct:skype:anna.reyes'] },
      { person_id: PERSONS.ben, members: ['acct:skype:ben_keller', 'tx:4417283910', 'tx:WU-1005'] },
      { person_id: PERSONS.carl, members: ['acct:skype:carl.devries', 'tx:RM-88213-PH'] },
      { person_id: PERSONS.dave, members: ['acct:skype:dave.mills', 'tx:WU-1002'] },
    ],
    [
      {
        person_id: PERSONS.ben,
        a: 'acct:skype:ben_keller',
        b: 'tx:4417283910',
        weight: 12.5,
        probability: 0.999,
        status: 'linked',
        bridge: false,
        breakdown: [{ field: 'chat_tie', level: 'reference', weight: 12.5, tf: 0 }],
      },
      {
        person_id: PERSONS.ben,
        a: 'tx:4417283910',
        b: 'tx:WU-1005',
        weight: 9.1,
        probability: 0.99,
        status: 'linked',
        bridge: false,
        breakdown: [
          { field: 'given_name', level: 'exact', weight: 4.4, tf: 1.2 },
          { field: 'surname', level: 'exact', weight: 3.5, tf: 0 },
        ],
      },
    ],
  );
  await store.analysis.replacePersons([
    person(PERSONS.anna, {
      role: 'seller',
      names: ['Anna Reyes'],
      accounts: [{ platform: 'skype', handle: 'anna.reyes' }],
      transactions: [],
      country: 'PH',
    }),
    person(PERSONS.ben, {
      names: ['Ben Keller'],
      accounts: [{ platform: 'skype', handle: 'ben_keller' }],
      transactions: ['4417283910', 'WU-1005'],
      country: 'DE',
      culpability: 6.5,
      actionability: 3,
      score: 8,
      lead: true,
      rank: 1,
      urgent: true,
      identifiers: [
        {
          type: 'email',
          value: 'ben.keller@example.org',
          evidence: [{ kind: 'account', id: 'skype:ben_keller' }],
        },
      ],
      reasons: [
        {
          indicator: 'B7',
          axis: 'culpability',
          weight: 3.5,
          detail: 'A transfer tied to his own chat (reference quoted).',
          evidence: [
            { kind: 'message', id: 'm003' },
            { kind: 'transaction', id: '4417283910' },
          ],
        },
      ],
    }),
    person(PERSONS.carl, {
      names: ['Carl de Vries'],
      accounts: [{ platform: 'skype', handle: 'carl.devries' }],
      transactions: ['RM-88213-PH'],
      country: 'NL',
      culpability: 2,
      score: 2.5,
      rank: 2,
    }),
    person(PERSONS.dave, {
      names: ['David Mills'],
      accounts: [{ platform: 'skype', handle: 'dave.mills' }],
      transactions: ['WU-1002'],
      country: 'GB',
      culpability: 1.5,
      score: 2,
      rank: 3,
    }),
  ]);
  await store.analysis.recordStage('assess', started, { persons: 4 });
}
