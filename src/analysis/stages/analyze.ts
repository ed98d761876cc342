import type { Store } from '../../store/store.ts';
import { runAssessStage, type AssessStats } from './assess.stage.ts';
import { loadCaseFacts } from './case-facts.ts';
import { runFeaturesStage, type FeaturesStats } from './features.stage.ts';
import { runLinkageStage, type LinkageStats } from './linkage.stage.ts';

export const STAGES = ['features', 'linkage', 'assess'] as const;
export type StageName = (typeof STAGES)[number];

export interface AnalyzeReport {
  readonly features?: FeaturesStats;
  readonly linkage?: LinkageStats;
  readonly assess?: AssessStats;
  readonly seconds: Partial<Record<StageName | 'facts', number>>;
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
  const seconds: AnalyzeReport['seconds'] = {};
  const timed = async <T>(name: StageName | 'facts', fn: () => Promise<T>): Promise<T> => {
    onStage?.(name);
    const t = performance.now();
    const r = await fn();
    seconds[name] = +((performance.now() - t) / 1000).toFixed(2);
    return r;
  };
  const features = only.includes('features')
    ? await timed('features', () => runFeaturesStage(store))
    : undefined;
  const needFacts = only.includes('linkage') || only.includes('assess');
  const facts = needFacts ? await timed('facts', () => loadCaseFacts(store)) : undefined;
  const linkage = only.includes('linkage')
    ? await timed('linkage', () => runLinkageStage(store, facts))
    : undefined;
  const assess = only.includes('assess')
    ? await timed('assess', () => runAssessStage(store, { facts }))
    : undefined;
  return { ...(features && { features }), ...(linkage && { linkage }), ...(assess && { assess }), seconds };
}
