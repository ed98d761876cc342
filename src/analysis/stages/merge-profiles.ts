import type { AccountProfile } from '../../store/analysis.ts';
import { languageProfile } from '../jurisdiction/language-profile.ts';
import { EXAMPLES, LANGUAGE_SAMPLE, MAX_TIMES, type PartialProfile } from './message-features.ts';

/**
 * One account's profile so far, as slices are folded in: a slice's aggregate, with each kept send
 * time's send number within its slice (`seqs`, kept when seq % stride === 0) instead of a count.
 */
type Fold = Omit<PartialProfile, 'seen'> & { seqs: number[] };

/**
 * Folds the slices' account aggregates into profiles, slice by slice in storage order, so only one
 * aggregate per account is held however many slices there are (holding every slice's aggregates
 * until the end set the analysis's peak memory). Send times stay evenly thinned: a time is kept
 * when its send number within its slice is a multiple of the stride, the coarsest stride of any
 * slice, doubled until fewer than MAX_TIMES remain. The stride only grows, and a time dropped at a
 * smaller stride is dropped at every larger one, so the result equals thinning all slices at once:
 * it does not depend on where the slices were cut.
 */
export class ProfileMerger {
  private readonly byAccount = new Map<string, Fold>();

  add(slice: readonly PartialProfile[]): void {
    for (const p of slice) {
      const key = `${p.platform}:${p.handle}`;
      let f = this.byAccount.get(key);
      if (f === undefined) this.byAccount.set(key, (f = emptyFold(p)));
      fold(f, p);
    }
  }

  /** Every account's profile, sorted by account. */
  finish(): AccountProfile[] {
    return [...this.byAccount.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => profileOf(this.byAccount.get(k)!));
  }
}

/** Every account's profile from the slices' aggregates (slices in storage order), sorted by account. */
export function mergeSlices(slices: readonly (readonly PartialProfile[])[]): AccountProfile[] {
  const merger = new ProfileMerger();
  for (const s of slices) merger.add(s);
  return merger.finish();
}

function emptyFold(p: PartialProfile): Fold {
  return {
    platform: p.platform,
    handle: p.handle,
    sent: 0,
    received: 0,
    first: null,
    last: null,
    times: [],
    seqs: [],
    stride: 1,
    texts: [],
    lexicon: {},
    partners: {},
  };
}

function fold(f: Fold, p: PartialProfile): void {
  f.sent += p.sent;
  f.received += p.received;
  if (p.first !== null) f.first = f.first === null ? p.first : Math.min(f.first, p.first);
  if (p.last !== null) f.last = f.last === null ? p.last : Math.max(f.last, p.last);
  // the slice kept every p.stride-th of its sends: its i-th kept time is send number i * p.stride
  f.times.push(...p.times);
  f.seqs.push(...p.times.map((_, i) => i * p.stride));
  let stride = Math.max(f.stride, p.stride);
  thin(f, stride);
  while (f.times.length >= MAX_TIMES) thin(f, (stride *= 2));
  for (const t of p.texts) if (f.texts.length < LANGUAGE_SAMPLE) f.texts.push(t);
  for (const [cat, hit] of Object.entries(p.lexicon)) {
    const cur = (f.lexicon[cat] ??= { count: 0, examples: [] });
    cur.count += hit.count;
    for (const id of hit.examples) if (cur.examples.length < EXAMPLES) cur.examples.push(id);
  }
  for (const [k, n] of Object.entries(p.partners)) f.partners[k] = (f.partners[k] ?? 0) + n;
}

function thin(f: Fold, stride: number): void {
  f.stride = stride;
  if (f.seqs.every((s) => s % stride === 0)) return;
  const keep = f.seqs.map((s) => s % stride === 0);
  f.times = f.times.filter((_, i) => keep[i]);
  f.seqs = f.seqs.filter((_, i) => keep[i]);
}

function profileOf(f: Fold): AccountProfile {
  return {
    platform: f.platform,
    handle: f.handle,
    sent: f.sent,
    received: f.received,
    first: f.first,
    last: f.last,
    times: f.times,
    languages: languageProfile(f.texts),
    lexicon: f.lexicon,
    partners: f.partners,
  };
}
