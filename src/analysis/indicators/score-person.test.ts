import { describe, expect, it } from 'vitest';
import { estimateIndicatorWeights } from './estimate-weights.ts';
import type { IndicatorId } from './indicator.ts';
import { CTX, DAY, T0, message, person, transfer } from './person-fixture.test-util.ts';
import { scorePerson } from './score-person.ts';

const buyer = person({
  accounts: [
    {
      platform: 'skype',
      handle: 'js',
      emails: ['js@example.co.uk'],
      phones: ['+44 20 7946 0958'],
      roleHint: null,
    },
  ],
  transfers: Array.from({ length: 24 }, (_, i) => transfer(i, { id: `t${i}`, amount: 30 + i * 5 })),
  messages: [
    message('m1', 'how much for today?', T0),
    message('m2', 'ok money sent, mtcn 1234567890', T0 + DAY),
    message('m3', 'flying to Cebu next week', CTX.now - 5 * DAY),
  ],
  ipEvents: [{ id: 'ip1', at: T0, ip: '81.2.69.160', country: 'GB', kind: 'residential', shared: false }],
  country: { country: 'GB', p: 0.95 },
});

describe('scorePerson', () => {
  it('explains a buyer lead with culpability, actionability and urgency', () => {
    const s = scorePerson(buyer, CTX);
    const ids = s.reasons.map((r) => r.indicator);
    for (const id of ['B1', 'B2', 'B3', 'B4', 'B8', 'B11'] as const) expect(ids).toContain(id);
    expect(s.culpability).toBeCloseTo(
      s.reasons.reduce((a, r) => a + r.weight, 0),
      1,
    );
    expect(s.culpabilityP).toBeGreaterThan(0.9);
    expect(s.actionabilityReasons.map((r) => r.indicator)).toEqual(['A1', 'A2', 'A3', 'A4', 'A6']);
    expect(s.urgent).toBe(true);
    expect(s.lead).toBe(true);
    for (const r of s.reasons) expect(r.evidence.length + r.detail.length).toBeGreaterThan(0);
  });
  it('urgent: travel only when recent or upcoming; frequent recent payments', () => {
    const oldTrip = person({
      messages: [message('m1', 'flying to Manila on 12 March 2018', T0 - 400 * DAY)],
    });
    const s = scorePerson(oldTrip, CTX);
    expect(s.reasons.map((r) => r.indicator)).toContain('B11');
    expect(s.urgent).toBe(false);
    const upcoming = person({ messages: [message('m1', 'flying to Manila next month', CTX.now - 3 * DAY)] });
    expect(scorePerson(upcoming, CTX).urgentReasons[0]).toMatch(/^travel/);
    const frequent = person({
      transfers: Array.from({ length: 5 }, (_, i) => transfer(i, { sentAt: CTX.now - (i + 1) * 10 * DAY })),
    });
    expect(scorePerson(frequent, CTX).urgentReasons).toEqual(['5 high-risk transfers in the last 90 days']);
  });
  it('leaves an ordinary person alone', () => {
    const s = scorePerson(person({ messages: [message('m1', 'hello, how are you?', T0)] }), CTX);
    expect(s).toMatchObject({ reasons: [], culpability: 0, urgent: false, lead: false });
    expect(s.culpabilityP).toBeLessThan(0.05);
  });
  it('a culpable but anonymous person is not actionable', () => {
    const anon = {
      ...buyer,
      accounts: [],
      ipEvents: [
        { id: 'ip', at: T0, ip: '167.99.1.1', country: 'DE', kind: 'hosting' as const, shared: false },
      ],
      transfers: buyer.transfers.map((t) => ({ ...t, senderName: null })),
      country: null,
    };
    const s = scorePerson(anon, CTX);
    expect(s.culpabilityP).toBeGreaterThan(0.5);
    expect(s.actionability).toBeLessThan(2);
    expect(s.lead).toBe(false);
  });
});

describe('estimateIndicatorWeights', () => {
  it('estimates log-likelihood ratios where there is support and keeps hand weights elsewhere', () => {
    const people = [
      ...Array.from({ length: 20 }, () => ({ indicators: new Set<IndicatorId>(['B1', 'B8']), isLead: true })),
      ...Array.from({ length: 180 }, (_, i) => ({
        indicators: new Set<IndicatorId>(i < 18 ? ['B8'] : []),
        isLead: false,
      })),
    ];
    const w = estimateIndicatorWeights(people);
    expect(w.B1.source).toBe('estimated');
    expect(w.B1.weight).toBeGreaterThan(w.B8.weight);
    expect(w.B8.weight).toBeCloseTo(Math.log2(20.5 / 21 / (18.5 / 181)), 1);
    expect(w.B9.source).toBe('hand');
  });
});
