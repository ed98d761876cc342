import { collectGarbage } from '../../runtime/collect-garbage.ts';
import type { Store } from '../../store/store.ts';
import { takeSnapshot } from '../history/take-snapshot.ts';
import { runAssessStage, type AssessStats } from './assess.stage.ts';
import { loadCaseFacts } from './case-facts.ts';
import { runFeaturesStage, type FeaturesStats } from './features.stage.ts';
import { runLinkageStage, type LinkageStats } from './linkage.stage.ts';
import { runNetworksStage, type NetworksStats } from './networks.stage.ts';

export const STAGES = ['features', 'linkage', 'assess', 'networks'] as const;
export type StageName = (typeof STAGES)[number];

export interface AnalyzeReport {
  readonly features?: FeaturesStats;
  readonly linkage?: LinkageStats;
  readonly assess?: AssessStats;
  readonly networks?: NetworksStats;
  readonly seconds: Partial<Record<StageName | 'facts', number>>;
  /** The process's peak resident memory (MB) when each stage ended: which stage set the peak. */
  readonly peakRssMb: Partial<Record<StageName | 'facts', number>>;
}

/**
 * The analysis pipeline: features → linkage → assessment, each reading what the one before stored.
 * `only` re-runs some stages alone over what the others stored last time.
 */
export async function analyze(
  store: Store,
  only: readonly StageName[] = STAGES,
  onStage?: (s: string) => void,
): Promise<AnalyzeReport> {
  const startedAt = Date.now();
  const seconds: AnalyzeReport['seconds'] = {};
  const peakRssMb: AnalyzeReport['peakRssMb'] = {};
  const timed = async <T>(name: StageName | 'facts', fn: () => Promise<T>): Promise<T> => {
    onStage?.(name);
    const t = performance.now();
    const r = await fn();
    seconds[name] = +((performance.now() - t) / 1000).toFixed(2);
    peakRssMb[name] = Math.round(process.resourceUsage().maxRSS / 1024);
    // the next stage starts from what is live, not from this stage's garbage
    collectGarbage();
    return r;
  };
  const features = only.includes('features')
    ? await timed('features', () => runFeaturesStage(store))
    : undefined;
  const needFacts = only.includes('linkage') || only.includes('assess') || only.includes('networks');
  const facts = needFacts ? await timed('facts', () => loadCaseFacts(store)) : undefined;
  const linkage = only.includes('linkage')
    ? await timed('linkage', () => runLinkageStage(store, facts))
    : undefined;
  const assess = only.includes('assess')
    ? await timed('assess', () => runAssessStage(store, { facts }))
    : undefined;
  const networks = only.includes('networks')
    ? await timed('networks', () => runNetworksStage(store, { facts }))
    : undefined;
  // the history keeps what this analysis concluded, so the next one can say what changed (vigil diff)
  if (only.includes('assess') || only.includes('networks')) await takeSnapshot(store, startedAt);
  return {
    ...(features && { features }),
    ...(linkage && { linkage }),
    ...(assess && { assess }),
    ...(networks && { networks }),
    seconds,
    peakRssMb,
  };
}
