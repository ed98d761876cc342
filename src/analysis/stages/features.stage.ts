import type { AccountProfile, IdentifierRow } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';
import { featureSlices, type SliceOptions } from './feature-slices.ts';
import { DEFAULT_LEXICON, type Lexicon } from './lexicon.ts';
import { ProfileMerger } from './merge-profiles.ts';

export interface FeaturesStats {
  readonly messages: number;
  readonly identifiers: number;
  readonly accounts: number;
}

/**
 * Stage 1, message features: one pass over every message extracts identifiers (with message id and
 * span) and builds a profile per account (activity times, languages, lexicon hits, partners), so
 * later stages never read the messages again. The messages are cut into slices worked on by
 * worker threads (`feature-slices.ts`); slices are stored and merged in storage order, so the
 * result is the same on any number of threads.
 */
export async function runFeaturesStage(
  store: Store,
  lexicon: Lexicon = DEFAULT_LEXICON,
  options: SliceOptions = {},
): Promise<FeaturesStats> {
  const started = Date.now();
  // each slice's account aggregates are folded in as it arrives, in storage order
  const merger = new ProfileMerger();
  let messages = 0;
  async function* identifierBatches(): AsyncGenerator<IdentifierRow[]> {
    for await (const slice of featureSlices(store.analysis, lexicon, options)) {
      messages += slice.messages;
      merger.add(slice.profiles);
      if (slice.identifiers.length > 0) yield slice.identifiers;
    }
  }
  let finished: AccountProfile[] = [];
  const count = await store.analysis.replaceFeatures(identifierBatches(), () => {
    finished = merger.finish();
    return finished;
  });
  const stats = { messages, identifiers: count, accounts: finished.length };
  await store.analysis.recordStage('features', started, stats);
  return stats;
}
