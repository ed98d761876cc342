import { describe, expect, it } from 'vitest';
import { joinByCoPayers } from './co-payers.ts';
import { groupNetworks } from './group-networks.ts';
import { joinHouseholds } from './household.ts';
import { receiverEntities, type ReceiverEntity } from './receiver-entities.ts';
import type { Votes } from './receiver-votes.ts';
import { transfer } from './testing-transfers.test-util.ts';

const votes = (entries: [string, number, string[]][]): Votes =>
  new Map(
    entries.map(([seller, weight, exclusive]) => [
      seller,
      { weight, payers: new Set(exclusive), exclusive: new Set(exclusive), evidence: [] },
    ]),
  );

const entity = (name: string, city = 'Cebu City', payers: string[] = []): ReceiverEntity =>
  receiverEntities(
    (payers.length > 0 ? payers : ['x']).map((p, i) =>
      transfer(`${name}-${p}-${i}`, { receiver_name: name, receiver_city: city, sender_name: `Sender ${p}` }),
    ),
  ).entities[0]!;

describe('groupNetworks', () => {
  it('puts two sellers together when each has buyers of its own paying two of the same collectors', () => {
    const maria = entity('Maria Santos');
    const lea = entity('Lea Santos');
    const both = votes([
      ['s1', 6, ['b1', 'b2']],
      ['s2', 4, ['b3', 'b4']],
    ]);
    const groups = groupNetworks(
      ['s1', 's2', 's3'],
      [
        { entity: maria, votes: both },
        { entity: lea, votes: both },
      ],
      new Map(),
    );
    expect(groups.map((g) => g.sellers)).toEqual([['s1', 's2'], ['s3']]);
    expect(groups[0]!.ties).toEqual([{ a: 's1', b: 's2', via: [maria.id, lea.id].sort()[0] }]);
    expect(groups[0]!.receivers.map((r) => r.entity.id)).toEqual([maria.id, lea.id]);
  });

  it('does not join sellers through one shared collector (a buyer of both networks leaves that much)', () => {
    const maria = entity('Maria Santos');
    const lea = entity('Lea Santos');
    const groups = groupNetworks(
      ['s1', 's2'],
      [
        {
          entity: maria,
          votes: votes([
            ['s1', 6, ['b1', 'b2']],
            ['s2', 4, ['b3', 'b4']],
          ]),
        },
        { entity: lea, votes: votes([['s2', 5, ['b3', 'b5']]]) },
      ],
      new Map(),
    );
    expect(groups.map((g) => g.sellers)).toEqual([['s1'], ['s2']]);
    expect(groups.map((g) => g.receivers.map((r) => r.entity.id))).toEqual([[maria.id], [lea.id]]);
  });

  it('does not join sellers through buyers who chat with both (no payer pointing at one alone)', () => {
    const groups = groupNetworks(
      ['s1', 's2'],
      [
        {
          entity: entity('Maria Santos'),
          votes: votes([
            ['s1', 6, ['b1', 'b2']],
            ['s2', 4, []],
          ]),
        },
      ],
      new Map(),
    );
    expect(groups.map((g) => g.sellers)).toEqual([['s1'], ['s2']]);
    expect(groups[0]!.receivers).toHaveLength(1);
    expect(groups[1]!.receivers).toHaveLength(0);
  });

  it('joins sellers observed at the same home, not at homes a street apart', () => {
    const homes = new Map([
      ['s1', { lat: 10.3, lon: 123.9 }],
      ['s2', { lat: 10.3005, lon: 123.9003 }],
      ['s3', { lat: 10.31, lon: 123.9 }],
    ]);
    const groups = groupNetworks(['s1', 's2', 's3'], [], homes);
    expect(groups.map((g) => g.sellers)).toEqual([['s1', 's2'], ['s3']]);
    expect(groups[0]!.ties[0]!.via).toMatch(/^home:/);
  });

  it('leaves a collector with too little or too split support unclaimed', () => {
    const weak = entity('Weak One');
    const split = entity('Split One');
    const groups = groupNetworks(
      ['s1', 's2'],
      [
        { entity: weak, votes: votes([['s1', 1, ['b1']]]) },
        {
          entity: split,
          votes: votes([
            ['s1', 2, ['b1']],
            ['s2', 2.5, ['b2']],
          ]),
        },
      ],
      new Map(),
    );
    expect(groups.flatMap((g) => g.receivers)).toEqual([]);
  });

  it('gives a collector to a network holding well over the next one’s votes, however thinly the rest spreads', () => {
    const abigail = entity('Abigail Tan');
    const groups = groupNetworks(
      ['s1', 's2', 's3', 's4', 's5'],
      [
        {
          entity: abigail,
          votes: votes([
            ['s1', 6, ['b1', 'b2']],
            ['s2', 3.5, ['b3']],
            ['s3', 1, ['b4']],
            ['s4', 1, ['b5']],
            ['s5', 1, ['b6']],
          ]),
        },
      ],
      new Map(),
    );
    expect(groups.map((g) => g.receivers.length)).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('joinByCoPayers and joinHouseholds', () => {
  it('joins an unclaimed collector whose payers pay a network’s collectors', () => {
    const claimed = entity('Maria Santos', 'Cebu City', ['p1', 'p2', 'p3']);
    const unclaimed = entity('Ana Reyes', 'Cebu City', ['p1', 'p2']);
    const stranger = entity('Lina Cruz', 'Cebu City', ['p9']);
    const payerOf = new Map(
      [claimed, unclaimed, stranger].flatMap((e) =>
        e.transactions.map((t) => [t.transaction_id, t.transaction_id.split('-')[1]!] as [string, string]),
      ),
    );
    const base = [
      {
        sellers: ['s1'],
        ties: [],
        receivers: [{ entity: claimed, votes: 5, share: 1, via: 'ties' as const }],
      },
    ];
    const out = joinByCoPayers(base, [claimed, unclaimed, stranger], payerOf);
    expect(out[0]!.receivers.map((r) => r.entity.id)).toEqual([claimed.id, unclaimed.id]);
    expect(base[0]!.receivers).toHaveLength(1);
  });

  it('joins a relative collecting in the same town under the household’s family name, when unrelated senders pay them', () => {
    const a = entity('Maria Ocampo');
    const b = entity('Lea Ocampo');
    const c = entity('Alvin Ocampo', 'Cebu City', ['p1', 'p2']);
    const supported = entity('Rina Ocampo', 'Cebu City', ['p7', 'p7']);
    const elsewhere = entity('Rosa Ocampo', 'Olongapo', ['p3', 'p4']);
    const payerOf = new Map(
      [c, supported, elsewhere].flatMap((e) =>
        e.transactions.map((t) => [t.transaction_id, t.transaction_id.split('-')[1]!] as [string, string]),
      ),
    );
    const out = joinHouseholds(
      [
        {
          sellers: ['s1'],
          ties: [],
          receivers: [
            { entity: a, votes: 3, share: 1, via: 'ties' },
            { entity: b, votes: 3, share: 1, via: 'ties' },
          ],
        },
      ],
      [a, b, c, supported, elsewhere],
      payerOf,
    );
    expect(out[0]!.receivers.map((r) => r.entity.names[0])).toEqual([
      'Maria Ocampo',
      'Lea Ocampo',
      'Alvin Ocampo',
    ]);
    expect(out[0]!.receivers[2]!.via).toBe('household');
  });
});
