import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analysisSnapshot } from './analysis-snapshot.ts';
import { keepAnalysisWarm, warmAnalysis } from './analysis-warmer.ts';
import { writeNeutralAnalysis } from './testing/lead-fixture.ts';
import { testCase, type TestCase } from './testing/test-case.ts';

let tc: TestCase;
beforeAll(async () => {
  tc = await testCase();
});
afterAll(async () => {
  await tc.store.close();
  tc.remove();
});

describe('keeping the analysis warm', () => {
  it('loads a new analysis on its own, so the next request reads it from memory', async () => {
    await warmAnalysis(tc.store);
    expect((await analysisSnapshot(tc.store)).leads).toEqual([]);
    const leads = vi.spyOn(tc.store.analysis, 'leads');
    const errors: unknown[] = [];
    const stop = keepAnalysisWarm(tc.store, (e) => errors.push(e), 10);
    try {
      // An analysis finishes (as a job or `vigil analyze` elsewhere would leave it).
      await writeNeutralAnalysis(tc.store);
      const until = Date.now() + 5_000;
      while (leads.mock.calls.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      expect(leads).toHaveBeenCalledTimes(1);
      await new Promise((r) => setTimeout(r, 50));
      // The request finds it loaded: no second read of the persons.
      const snap = await analysisSnapshot(tc.store);
      expect(snap.leads.map((p) => p.person_id).sort()).toEqual(['p-ben', 'p-carl', 'p-dave']);
      expect(leads).toHaveBeenCalledTimes(1);
      expect(errors).toEqual([]);
    } finally {
      stop();
      leads.mockRestore();
    }
  });
});
