import { describe, expect, it } from 'vitest';
import { receiverEntities } from './receiver-entities.ts';
import { PAYER_VOTE_CAP, receiverVotes, type VoteInputs } from './receiver-votes.ts';
import { transfer } from './testing-transfers.test-util.ts';

const inputs = (
  payerOf: Map<string, string>,
  partners: Record<string, Record<string, number>>,
): VoteInputs => ({
  tiedSellerAccount: new Map(),
  sellerOfAccount: new Map(),
  payerOf,
  sellerPartners: (p) => new Map(Object.entries(partners[p] ?? {})),
  sellerSurnames: () => new Set(),
  givenOut: new Map(),
});

describe('receiverVotes', () => {
  it('counts one payer’s many transfers as one capped witness, and each other payer in full', () => {
    const txs = [
      ...Array.from({ length: 30 }, (_, i) => transfer(`m-${i}`, { sender_name: 'Hans Keller' })),
      ...['b1', 'b2', 'b3'].map((b) => transfer(`${b}-0`, { sender_name: `Buyer ${b}` })),
    ];
    const payerOf = new Map(
      txs.map((t) => [
        t.transaction_id,
        t.transaction_id.startsWith('m-') ? 'merged' : t.transaction_id.split('-')[0]!,
      ]),
    );
    const e = receiverEntities(txs).entities[0]!;
    const votes = receiverVotes(
      e,
      inputs(payerOf, { merged: { sA: 10 }, b1: { sB: 5 }, b2: { sB: 5 }, b3: { sB: 5 } }),
    );
    expect(votes.get('sA')!.weight).toBe(PAYER_VOTE_CAP);
    expect(votes.get('sB')!.weight).toBeCloseTo(1.5);
    expect(votes.get('sB')!.payers.size).toBe(3);
  });

  it('takes family support confirmed in chat to a seller of the same family name as the seller’s household, and no other family support', () => {
    const txs = [
      transfer('k-1', { sender_name: 'Ramon Macaraeg', receiver_name: 'Jose Macaraeg' }),
      transfer('k-2', { sender_name: 'Ramon Macaraeg', receiver_name: 'Jose Macaraeg' }),
    ];
    const e = receiverEntities(txs).entities[0]!;
    const base = inputs(new Map(txs.map((t) => [t.transaction_id, 'ramon'])), { ramon: { sX: 3 } });
    const tied = {
      ...base,
      tiedSellerAccount: new Map(
        txs.map((t) => [t.transaction_id, { account: 'skype:lyn', message_id: 'm' }]),
      ),
      sellerOfAccount: new Map([['skype:lyn', 'sLyn']]),
    };
    expect([...receiverVotes(e, base).keys()]).toEqual([]);
    expect([...receiverVotes(e, tied).keys()]).toEqual([]);
    const own = { ...tied, sellerSurnames: (s: string) => new Set(s === 'sLyn' ? ['macaraeg'] : []) };
    expect(receiverVotes(e, own).get('sLyn')!.weight).toBe(2);
  });
});
