import { describe, expect, it } from 'vitest';
import type { FeatureMessage } from '../../store/analysis.ts';
import { compileLexicon, DEFAULT_LEXICON } from './lexicon.ts';
import { mergeSlices } from './merge-profiles.ts';
import { MAX_TIMES, sliceFeatures, type PartialProfile } from './message-features.ts';

const rules = compileLexicon(DEFAULT_LEXICON);
const HOUR = 3_600_000;

/** Neutral chat between a few accounts: some messages carry a phone, a reference or a payment claim. */
function messages(n: number, accounts = 4): FeatureMessage[] {
  const bodies = [
    'see you at the market tomorrow',
    'how much is the rate for saturday?',
    'sent already, ref 4410223345',
    'my number is +63 917 555 0142, call me',
    'ok',
    'what time are you online tonight?',
  ];
  return Array.from({ length: n }, (_, i) => ({
    message_id: `m${i}`,
    platform: 'skype',
    sender: `user${i % accounts}`,
    recipients: JSON.stringify([`user${(i + 1) % accounts}`]),
    body: bodies[i % bodies.length]!,
    sent_at: Date.UTC(2020, 0, 1) + i * HOUR,
  }));
}

async function* batches(ms: readonly FeatureMessage[], size: number): AsyncGenerator<FeatureMessage[]> {
  for (let i = 0; i < ms.length; i += size) yield await Promise.resolve(ms.slice(i, i + size));
}

async function inSlices(ms: readonly FeatureMessage[], cuts: readonly number[]) {
  const bounds = [0, ...cuts, ms.length];
  const slices = [];
  for (let i = 0; i + 1 < bounds.length; i++)
    slices.push(await sliceFeatures(batches(ms.slice(bounds[i], bounds[i + 1]), 7), rules));
  return {
    identifiers: slices.flatMap((s) => s.identifiers),
    profiles: mergeSlices(slices.map((s) => s.profiles)),
  };
}

describe('features over slices', () => {
  it('gives the same identifiers and profiles wherever the messages are cut', async () => {
    const ms = messages(60);
    const whole = await inSlices(ms, []);
    expect(whole.identifiers.some((r) => r.type === 'phone')).toBe(true);
    expect(whole.identifiers.some((r) => r.type === 'payment_claim')).toBe(true);
    expect(whole.profiles.map((p) => p.handle)).toEqual(['user0', 'user1', 'user2', 'user3']);
    for (let cut = 1; cut < ms.length; cut++) expect(await inSlices(ms, [cut])).toEqual(whole);
    expect(await inSlices(ms, [5, 17, 18, 40])).toEqual(whole);
  });

  it('keeps at most MAX_TIMES send times, evenly thinned, with counts exact', async () => {
    const ms = messages(9_000, 2);
    const merged = await inSlices(ms, [1_000, 1_001, 6_000]);
    const p = merged.profiles.find((x) => x.handle === 'user0')!;
    expect(p.sent).toBe(4_500);
    expect(p.received).toBe(4_500);
    expect(p.times.length).toBeLessThan(MAX_TIMES);
    expect(p.times.length).toBeGreaterThan(MAX_TIMES / 4);
    // even within a slice; at each of the three cuts one gap may be shorter or up to twice as long
    const gaps = p.times.slice(1).map((t, i) => t - p.times[i]!);
    const usual = gaps.slice().sort((a, b) => a - b)[gaps.length >> 1]!;
    expect(gaps.filter((g) => g !== usual).length).toBeLessThanOrEqual(3);
    expect(Math.max(...gaps)).toBeLessThan(2 * usual);
    expect(p.first).toBe(ms[0]!.sent_at);
  });

  it('folding slices one by one keeps the same times as thinning all of them at once', async () => {
    const ms = messages(20_000, 3);
    const bounds = [0, 700, 701, 5_000, 12_000, 20_000];
    const slices: PartialProfile[][] = [];
    for (let i = 0; i + 1 < bounds.length; i++)
      slices.push((await sliceFeatures(batches(ms.slice(bounds[i], bounds[i + 1]), 50), rules)).profiles);
    for (const p of mergeSlices(slices)) {
      const parts = slices.flatMap((s) => s.filter((x) => x.handle === p.handle));
      // all at once: the coarsest stride, doubled until fewer than MAX_TIMES remain
      const keptAt = (stride: number): number[] =>
        parts.flatMap((x) => x.times.filter((_, i) => (i * x.stride) % stride === 0));
      let stride = Math.max(...parts.map((x) => x.stride));
      while (keptAt(stride).length >= MAX_TIMES) stride *= 2;
      expect(p.times).toEqual(keptAt(stride));
      expect(p.sent).toBe(parts.reduce((n, x) => n + x.sent, 0));
    }
  });
});
