import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS as W } from './default-weights.ts';
import { CTX, DAY, person, transfer } from './person-fixture.test-util.ts';
import {
  b1SellerTransfers,
  b2TypicalAmounts,
  b3Frequency,
  b4Escalation,
  b5UnrelatedReceivers,
  b6CoverStory,
  b10SeveralNames,
} from './transfer-indicators.ts';

describe('transfer indicators', () => {
  it('B1 counts transfers to the seller network, with evidence ids', () => {
    const r = b1SellerTransfers(
      person({ transfers: [transfer(1), transfer(2), transfer(3, { receiverSellerLinked: false })] }),
      CTX,
      W,
    )!;
    expect(r.indicator).toBe('B1');
    expect(r.evidence).toEqual([
      { kind: 'transaction', id: 'tx1' },
      { kind: 'transaction', id: 'tx2' },
    ]);
    expect(r.weight).toBe(4.5);
    expect(b1SellerTransfers(person(), CTX, W)).toBeNull();
  });
  it('B2 reads small round amounts in EUR terms; a large transfer does not count', () => {
    const r = b2TypicalAmounts(
      person({
        transfers: [
          transfer(1),
          transfer(2, { amount: 3000, currency: 'PHP' }),
          transfer(3, { amount: 5000 }),
        ],
      }),
      CTX,
      W,
    )!;
    expect(r.evidence.map((e) => e.id)).toEqual(['tx1', 'tx2']);
    expect(r.detail).toMatch(/2 of 3/);
  });
  it('B3 needs many transfers with short gaps', () => {
    const many = Array.from({ length: 25 }, (_, i) => transfer(i));
    expect(b3Frequency(person({ transfers: many }), CTX, W)?.weight).toBe(1.5);
    const sparse = Array.from({ length: 25 }, (_, i) => transfer(i, { sentAt: i * 60 * DAY }));
    expect(b3Frequency(person({ transfers: sparse }), CTX, W)).toBeNull();
    expect(b3Frequency(person({ transfers: many.slice(0, 3) }), CTX, W)).toBeNull();
  });
  it('B4 sees rising amounts', () => {
    const rising = Array.from({ length: 8 }, (_, i) => transfer(i, { amount: 20 + i * 20 }));
    expect(b4Escalation(person({ transfers: rising }), CTX, W)?.indicator).toBe('B4');
    const flat = Array.from({ length: 8 }, (_, i) => transfer(i));
    expect(b4Escalation(person({ transfers: flat }), CTX, W)).toBeNull();
  });
  it('B5 counts unrelated receivers and treats a shared surname as family', () => {
    const ts = ['Ana Cruz', 'Liza Reyes', 'Joy Bautista', 'Mark Smith'].map((n, i) =>
      transfer(i, { receiverKey: n.toLowerCase(), receiverName: n, receiverSellerLinked: false }),
    );
    const r = b5UnrelatedReceivers(person({ transfers: ts }), CTX, W)!;
    expect(r.detail).toMatch(/^3 unrelated/);
    expect(b5UnrelatedReceivers(person({ transfers: ts.slice(3) }), CTX, W)).toBeNull();
  });
  it('B6 reads cover-story purposes', () => {
    expect(
      b6CoverStory(person({ transfers: [transfer(1, { purpose: 'School fees' })] }), CTX, W)?.evidence,
    ).toEqual([{ kind: 'transaction', id: 'tx1' }]);
    expect(b6CoverStory(person({ transfers: [transfer(1, { purpose: 'rent' })] }), CTX, W)).toBeNull();
  });
  it('B10 sees several sender names and remitters', () => {
    const ts = [
      transfer(1),
      transfer(2, { senderName: 'Smith John' }),
      transfer(3, { senderName: 'Peter Brown', provider: 'B' }),
      transfer(4, { provider: 'C' }),
    ];
    const r = b10SeveralNames(person({ transfers: ts }), CTX, W)!;
    expect(r.detail).toBe('2 distinct sender name(s), 3 remitter(s)');
    expect(r.weight).toBe(1.5);
  });
});
