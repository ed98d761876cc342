import type { AccountProfile } from '../../store/analysis.ts';
import { languageProfile } from '../jurisdiction/language-profile.ts';
import { EXAMPLES, LANGUAGE_SAMPLE, MAX_TIMES, type PartialProfile } from './message-features.ts';

/**
 * Merges one account's slice aggregates, given in storage order, into its profile. Send times stay
 * evenly thinned across slices: each slice's times are thinned to the coarsest stride, doubled
 * until at most MAX_TIMES remain.
 */
export function mergeProfiles(parts: readonly PartialProfile[]): AccountProfile {
  const first = parts[0]!;
  let stride = Math.max(...parts.map((p) => p.stride));
  const thin = (s: number): number[] =>
    parts.flatMap((p) => {
      const step = s / p.stride;
      // `seen` counts the slice's sends; the kept ones are every p.stride-th from the first
      return p.times.filter((_, i) => i % step === 0);
    });
  let times = thin(stride);
  while (times.length >= MAX_TIMES) times = thin((stride *= 2));
  const lexicon: Record<string, { count: number; examples: string[] }> = {};
  const partners: Record<string, number> = {};
  const texts: string[] = [];
  let sent = 0;
  let received = 0;
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  for (const p of parts) {
    sent += p.sent;
    received += p.received;
    if (p.first !== null) firstAt = firstAt === null ? p.first : Math.min(firstAt, p.first);
    if (p.last !== null) lastAt = lastAt === null ? p.last : Math.max(lastAt, p.last);
    for (const t of p.texts) if (texts.length < LANGUAGE_SAMPLE) texts.push(t);
    for (const [cat, hit] of Object.entries(p.lexicon)) {
      const cur = (lexicon[cat] ??= { count: 0, examples: [] });
      cur.count += hit.count;
      for (const id of hit.examples) if (cur.examples.length < EXAMPLES) cur.examples.push(id);
    }
    for (const [k, n] of Object.entries(p.partners)) partners[k] = (partners[k] ?? 0) + n;
  }
  return {
    platform: first.platform,
    handle: first.handle,
    sent,
    received,
    first: firstAt,
    last: lastAt,
    times,
    languages: languageProfile(texts),
    lexicon,
    partners,
  };
}

/** Every account's profile from the slices' aggregates (slices in storage order), sorted by account. */
export function mergeSlices(slices: readonly (readonly PartialProfile[])[]): AccountProfile[] {
  const byAccount = new Map<string, PartialProfile[]>();
  for (const slice of slices)
    for (const p of slice) {
      const key = `${p.platform}:${p.handle}`;
      (byAccount.get(key) ?? byAccount.set(key, []).get(key)!).push(p);
    }
  return [...byAccount.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => mergeProfiles(byAccount.get(k)!));
}
