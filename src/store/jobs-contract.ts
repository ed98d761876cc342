import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';

/** The JobStore contract, run against every backend (`runJobsContract(() => newStore())`). */
export function runJobsContract(name: string, newStore: () => Store | Promise<Store>): void {
  describe(`JobStore contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await newStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('records a job through queued, running and done, with progress and result', async () => {
      const job = await store.jobs.create({
        params: { kind: 'analyze' },
        user: 'ada',
        countries: null,
        at: 10,
      });
      expect(job).toMatchObject({ kind: 'analyze', status: 'queued', user: 'ada', started_at: null });
      expect((await store.jobs.start(job.id, 20)).status).toBe('running');
      await store.jobs.progress(job.id, { phase: 'linkage', done: 2, total: 4, unit: 'stages' });
      expect((await store.jobs.byId(job.id))?.progress).toEqual({
        phase: 'linkage',
        done: 2,
        total: 4,
        unit: 'stages',
      });
      const result = { kind: 'analyze', persons: 3, leads: 1, urgent: 0, seconds: { linkage: 1.5 } } as const;
      const done = await store.jobs.finish(job.id, { status: 'done', at: 30, result });
      expect(done).toMatchObject({ status: 'done', finished_at: 30, result, error: null });
      // A finished job stays finished: a late progress report or second finish changes nothing.
      await store.jobs.progress(job.id, { phase: 'late', done: 9, total: 9, unit: 'stages' });
      await store.jobs.finish(job.id, { status: 'failed', at: 40, error: 'late' });
      expect(await store.jobs.byId(job.id)).toMatchObject({ status: 'done', progress: { phase: 'linkage' } });
    });

    it('lists newest first and keeps the parameters and countries of each job', async () => {
      const a = await store.jobs.create({
        params: { kind: 'ingest', path: '/data/bundle' },
        user: 'root',
        countries: null,
        at: 1,
      });
      const b = await store.jobs.create({
        params: { kind: 'package', countries: ['DE', 'NL'] },
        user: 'liz',
        countries: ['DE', 'NL'],
        at: 2,
      });
      const list = await store.jobs.list(10);
      expect(list.map((j) => j.id)).toEqual([b.id, a.id]);
      expect(list[0]).toMatchObject({
        params: { kind: 'package', countries: ['DE', 'NL'] },
        countries: ['DE', 'NL'],
      });
      expect(list[1]).toMatchObject({ params: { kind: 'ingest', path: '/data/bundle' }, countries: null });
      expect(await store.jobs.list(1)).toHaveLength(1);
      expect(await store.jobs.byId(9999)).toBeUndefined();
    });

    it('marks queued and running jobs interrupted, and leaves finished ones alone', async () => {
      const queued = await store.jobs.create({
        params: { kind: 'analyze' },
        user: 'a',
        countries: null,
        at: 1,
      });
      const running = await store.jobs.create({
        params: { kind: 'analyze' },
        user: 'a',
        countries: null,
        at: 2,
      });
      await store.jobs.start(running.id, 3);
      const failed = await store.jobs.create({
        params: { kind: 'analyze' },
        user: 'a',
        countries: null,
        at: 4,
      });
      await store.jobs.start(failed.id, 5);
      await store.jobs.finish(failed.id, { status: 'failed', at: 6, error: 'It broke.' });
      expect(await store.jobs.interruptUnfinished(7)).toBe(2);
      expect(await store.jobs.byId(queued.id)).toMatchObject({ status: 'interrupted', finished_at: 7 });
      expect((await store.jobs.byId(running.id))?.error).toMatch(/stopped while this job was running/);
      expect(await store.jobs.byId(failed.id)).toMatchObject({ status: 'failed', error: 'It broke.' });
      expect(await store.jobs.interruptUnfinished(8)).toBe(0);
    });
  });
}
