import { describe, expect, it } from 'vitest';
import { b7PaymentMatchesChat, b8Lexicon, b9LateNight } from './chat-indicators.ts';
import { DEFAULT_WEIGHTS as W } from './default-weights.ts';
import { CTX, DAY, T0, message, person, transfer } from './person-fixture.test-util.ts';
import { b11Travel, b12Anonymity } from './risk-indicators.ts';
import { s1ManyForeignSenders, s2InHighRiskCountry, s3SendsOffers } from './seller-signals.ts';

describe('chat indicators', () => {
  it('B7: a quoted transfer reference is the strongest tie', () => {
    const tx = transfer(1, { id: '1234567890' });
    const m = message('m1', 'sent it, mtcn 123-456-7890', tx.sentAt + 3 * DAY);
    const r = b7PaymentMatchesChat(person({ transfers: [tx], messages: [m] }), CTX, W)!;
    expect(r.weight).toBe(4);
    expect(r.evidence).toContainEqual({ kind: 'transaction', id: '1234567890' });
  });
  it('B7: a transfer minutes after a payment message counts less; hours later not at all', () => {
    const tx = transfer(1);
    const near = message('m1', 'ok money sent', tx.sentAt + 10 * 60_000);
    expect(b7PaymentMatchesChat(person({ transfers: [tx], messages: [near] }), CTX, W)?.weight).toBe(2.5);
    const far = message('m2', 'ok money sent', tx.sentAt + 5 * 3_600_000);
    expect(b7PaymentMatchesChat(person({ transfers: [tx], messages: [far] }), CTX, W)).toBeNull();
  });
  it('B8 scores lexicon categories in own messages only', () => {
    const msgs = [
      message('m1', 'how much for today?', T0),
      message('m2', 'are you online now', T0),
      message('m3', 'how much', T0, { fromPerson: false }),
    ];
    const r = b8Lexicon(person({ messages: msgs }), CTX, W)!;
    expect(r.evidence.map((e) => e.id)).toEqual(['m1', 'm2']);
    expect(r.weight).toBeCloseTo(1 + 0.25 * Math.log2(3), 2);
  });
  it('B8 ignores conversations without a seller (families talk about money too)', () => {
    const family = [message('m1', 'money sent, did you get it?', T0, { counterpartSeller: false })];
    expect(b8Lexicon(person({ messages: family }), CTX, W)).toBeNull();
  });
  it('B9 needs an offset and a late-night share', () => {
    const late = Array.from({ length: 12 }, (_, i) =>
      message(`m${i}`, 'hello', Date.UTC(2019, 0, 1 + i, 23, 30)),
    );
    expect(b9LateNight(person({ messages: late, utcOffsetHours: -5 }), CTX, W)).toBeNull();
    expect(b9LateNight(person({ messages: late, utcOffsetHours: 0 }), CTX, W)?.indicator).toBe('B9');
    expect(b9LateNight(person({ messages: late }), CTX, W)).toBeNull();
  });
});

describe('risk indicators and seller signals', () => {
  it('B11 reads travel to the sellers’ country and IPs there', () => {
    const m = message('m1', 'flying to Manila on 12 March', T0);
    const r = b11Travel(person({ messages: [m] }), CTX, W)!;
    expect(r.detail).toMatch(/1 travel mention.*2019-03-12/);
    const ip = {
      id: 'ip1',
      at: T0,
      ip: '112.198.0.1',
      country: 'PH',
      kind: 'residential' as const,
      shared: false,
    };
    expect(
      b11Travel(person({ ipEvents: [ip], country: { country: 'DE', p: 0.9 } }), CTX, W)?.evidence,
    ).toEqual([{ kind: 'ip_event', id: 'ip1' }]);
    expect(b11Travel(person({ messages: [message('m2', 'flying to Berlin', T0)] }), CTX, W)).toBeNull();
  });
  it('B11 counts a plan without a place only when told to a seller', () => {
    const toSeller = message('m1', 'my flight is PR 431 on 12 March', T0);
    expect(b11Travel(person({ messages: [toSeller] }), CTX, W)?.indicator).toBe('B11');
    const toFriend = message('m2', 'my flight is PR 431 on 12 March', T0, { counterpartSeller: false });
    expect(b11Travel(person({ messages: [toFriend] }), CTX, W)).toBeNull();
  });
  it('B12 reads hosting/Tor events and crypto addresses', () => {
    const ev = {
      id: 'ip1',
      at: T0,
      ip: '167.99.1.1',
      country: 'DE',
      kind: 'hosting' as const,
      shared: false,
    };
    expect(b12Anonymity(person({ ipEvents: [ev] }), CTX, W)?.detail).toMatch(/1 of 1/);
    const m = message('m1', 'pay to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', T0);
    expect(b12Anonymity(person({ messages: [m] }), CTX, W)?.evidence).toEqual([
      { kind: 'message', id: 'm1' },
    ]);
  });
  it('S1–S3 classify sellers', () => {
    const received = Array.from({ length: 6 }, (_, i) => ({
      id: `r${i}`,
      senderKey: `s${i}`,
      senderCountry: 'GB',
    }));
    expect(s1ManyForeignSenders(person({ received }), CTX, W)?.indicator).toBe('S1');
    expect(s2InHighRiskCountry(person({ country: { country: 'PH', p: 0.8 } }), CTX, W)?.indicator).toBe('S2');
    const offers = [message('m1', 'available now', T0), message('m2', 'promo today, my rates', T0)];
    expect(s3SendsOffers(person({ messages: offers }), CTX, W)?.evidence).toHaveLength(2);
  });
});
