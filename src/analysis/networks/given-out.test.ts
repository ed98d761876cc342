import { describe, expect, it } from 'vitest';
import { joinGivenOut } from './given-out.ts';
import { receiverEntities, type ReceiverEntity } from './receiver-entities.ts';
import type { Votes } from './receiver-votes.ts';
import { transfer } from './testing-transfers.test-util.ts';

const collector = (name: string, senders: string[]): ReceiverEntity =>
  receiverEntities(
    senders.map((s, i) => transfer(`${name}-${s}-${i}`, { receiver_name: name, sender_name: `Sender ${s}` })),
  ).entities[0]!;

const givenOutBy = (seller: string): Votes =>
  new Map([
    [
      seller,
      { weight: 0.5, payers: new Set(), exclusive: new Set(), evidence: [{ kind: 'message', id: 'm1' }] },
    ],
  ]);

describe('joinGivenOut', () => {
  it('joins an unclaimed collector a network’s seller gave out, when several senders abroad pay it', () => {
    const paid = collector('Virgilio Garcia', ['a', 'b', 'c']);
    const once = collector('Jose Cruz', ['a', 'a']);
    const two = collector('Rosa Lim', ['d', 'e', 'f']);
    const groups = [
      { sellers: ['s1'], ties: [], receivers: [] },
      { sellers: ['s2'], ties: [], receivers: [] },
    ];
    const twoVotes = givenOutBy('s1');
    twoVotes.set('s2', { weight: 1, payers: new Set(['d']), exclusive: new Set(), evidence: [] });
    const out = joinGivenOut(
      groups,
      [
        { entity: paid, votes: givenOutBy('s1') },
        { entity: once, votes: givenOutBy('s1') },
        { entity: two, votes: twoVotes },
      ],
      new Map(),
    );
    expect(out.map((g) => g.receivers.map((r) => r.entity.names[0]))).toEqual([['Virgilio Garcia'], []]);
    expect(out[0]!.receivers[0]!.via).toBe('given-out');
  });
});
