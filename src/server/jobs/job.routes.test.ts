/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- reading loosely typed JSON answers */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMessageFile } from '../../ingest/testing/message-file.ts';
import { EventBus, type ServerEvent } from '../event-bus.ts';
import { writeNeutralAnalysis } from '../testing/lead-fixture.ts';
import { writeNeutralBundle } from '../testing/neutral-bundle.ts';
import { TestClient, testApp, testCase, type TestCase } from '../testing/test-case.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let tc: TestCase;
let keys: string;
let app: FastifyInstance;
let admin: TestClient;
let analyst: TestClient;
let liaison: TestClient;
const events: ServerEvent[] = [];

async function start(): Promise<void> {
  const bus = new EventBus();
  bus.subscribe((e) => events.push(e));
  app = (
    await testApp(tc.store, {
      bus,
      caseDir: join(tc.dir, 'case'),
      packagesDir: join(tc.dir, 'packages'),
      keyDir: keys,
    })
  ).app;
  admin = new TestClient(app, '10.9.0.1');
  analyst = new TestClient(app, '10.9.0.2');
  liaison = new TestClient(app, '10.9.0.3');
  await admin.login('admin');
  await analyst.login('analyst');
  await liaison.login('liaison.de');
}

/** Polls a job until it has finished (the work runs in another process). */
async function finished(client: TestClient, id: number): Promise<Body> {
  const until = Date.now() + 90_000;
  for (;;) {
    const job: Body = (await client.get(`/api/jobs/${id}`)).json();
    if (!['queued', 'running'].includes(job.status) || Date.now() > until) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const audited = (action: string): { user: string; object: string; details: string }[] =>
  tc.store.db
    .prepare('SELECT user, object, details FROM audit_log WHERE action = ? ORDER BY seq')
    .all(action) as never;

beforeAll(async () => {
  tc = await testCase();
  keys = mkdtempSync(join(tmpdir(), 'vigil-keys-'));
  await start();
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
  rmSync(keys, { recursive: true, force: true });
});

describe('jobs', () => {
  it('runs an analysis in its own process, with live updates, to a result the queue then shows', async () => {
    expect((await admin.get('/api/leads')).json().total).toBe(0);
    const res = await admin.post('/api/jobs', { kind: 'analyze' });
    expect(res.statusCode).toBe(200);
    const job: Body = res.json();
    expect(job).toMatchObject({ kind: 'analyze', status: 'queued', user: 'admin' });
    const done = await finished(admin, job.id);
    expect(done.status).toBe('done');
    expect(done.result.kind).toBe('analyze');
    expect(done.result.persons).toBeGreaterThan(0);
    expect(Object.keys(done.result.seconds)).toEqual(
      expect.arrayContaining(['features', 'linkage', 'assess']),
    );
    const seen = events
      .filter((e) => e.type === 'job.updated' && (e.data as Body).id === job.id)
      .map((e) => (e.data as Body).status);
    expect(seen[0]).toBe('queued');
    expect(seen).toContain('running');
    expect(seen.at(-1)).toBe('done');
    // The analysis the job wrote is what the queue now reads.
    expect((await admin.get('/api/leads')).json().total).toBeGreaterThan(0);
    expect(audited('job.start').map((a) => [a.user, a.object])).toContainEqual(['admin', `job:${job.id}`]);
  }, 120_000);

  it('ingests a bundle folder on the server, and refuses a path that is not one in one sentence', async () => {
    const bundle = writeNeutralBundle(join(tc.dir, 'second-bundle'));
    const relative = await admin.post('/api/jobs', { kind: 'ingest', path: 'bundle' });
    expect(relative.statusCode).toBe(400);
    expect(relative.json().error.message).toMatch(/full path/);
    const missing = await admin.post('/api/jobs', { kind: 'ingest', path: join(tc.dir, 'nowhere') });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.message).toBe(`There is no folder ${join(tc.dir, 'nowhere')} on the server.`);
    const file = await admin.post('/api/jobs', { kind: 'ingest', path: join(bundle, 'messages.csv') });
    expect(file.statusCode).toBe(422);
    expect(file.json().error.message).toMatch(/is a file, not a folder/);

    const job: Body = (await admin.post('/api/jobs', { kind: 'ingest', path: bundle })).json();
    const done = await finished(admin, job.id);
    expect(done.status).toBe('done');
    // The same content again: every row a duplicate of what the case already holds.
    expect(done.result.rows_read).toBeGreaterThan(0);
    expect(done.result.duplicates).toBe(done.result.rows_read - done.result.rows_quarantined);
  }, 120_000);

  it('ends a cancelled ingest’s run as failed and restores the indexes its bulk load deferred', async () => {
    const bundle = join(tc.dir, 'large-bundle');
    mkdirSync(bundle, { recursive: true });
    await writeMessageFile(join(bundle, 'messages.csv'), 150_000);
    // Any size loads in bulk: the job drops the secondary indexes, as a seizure-sized ingest does.
    process.env.VIGIL_BULK_LOAD_BYTES = '1';
    try {
      const job: Body = (await admin.post('/api/jobs', { kind: 'ingest', path: bundle })).json();
      // Wait until rows are being stored (the run is open), then cancel.
      for (const until = Date.now() + 60_000; Date.now() < until;) {
        const now: Body = (await admin.get(`/api/jobs/${job.id}`)).json();
        if (now.progress?.unit === 'rows' || (now.status !== 'running' && now.status !== 'queued')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect((await admin.post(`/api/jobs/${job.id}/cancel`)).statusCode).toBe(200);
      expect((await finished(admin, job.id)).status).toBe('cancelled');
    } finally {
      delete process.env.VIGIL_BULK_LOAD_BYTES;
    }
    const runs = await tc.store.runs();
    expect(runs.filter((r) => r.status === 'running')).toEqual([]);
    expect(runs.at(-1)).toMatchObject({ status: 'failed' });
    expect(runs.at(-1)!.finished_at).not.toBeNull();
    const report = tc.store.db.prepare('SELECT report FROM runs WHERE id = ?').pluck().get(runs.at(-1)!.id);
    expect(JSON.parse(report as string)).toMatchObject({
      interrupted: true,
      error: /Cancelled from the workbench/,
    });
    // Nothing deferred is left, and the messages it stored are searchable.
    expect(
      tc.store.db.prepare("SELECT value FROM meta WHERE key = 'deferred_indexes'").get(),
    ).toBeUndefined();
    expect((await admin.get('/api/search?q=manila&limit=1')).json().total).toBeGreaterThan(0);
  }, 180_000);

  it('lets only admins start ingest and analysis, and liaisons only their own countries’ packages', async () => {
    expect((await analyst.post('/api/jobs', { kind: 'analyze' })).statusCode).toBe(403);
    expect((await liaison.post('/api/jobs', { kind: 'analyze' })).statusCode).toBe(403);
    expect((await analyst.post('/api/jobs', { kind: 'ingest', path: tc.dir })).statusCode).toBe(403);
    const nl = await liaison.post('/api/jobs', { kind: 'package', countries: ['NL'] });
    expect(nl.statusCode).toBe(403);
    expect(nl.json().error.message).toMatch(/only for your countries \(DE\), not NL/);
    const override = await analyst.post('/api/jobs', {
      kind: 'package',
      countries: 'all',
      override: 'urgent case',
    });
    expect(override.statusCode).toBe(403);
    expect((await analyst.post('/api/jobs', { kind: 'reindex' })).statusCode).toBe(400);
    // Refusals start nothing.
    expect((await admin.get('/api/jobs')).json().map((j: Body) => j.kind)).not.toContain('package');
  });

  it('builds packages as a job: a failure is one sentence; an allowed build is audited and listed', async () => {
    // The neutral picture: Ben a lead in DE, Carl in NL, Dave in GB; nobody approved yet.
    await writeNeutralAnalysis(tc.store);
    // Nothing is approved: the liaison's DE build fails and says why.
    const de: Body = (await liaison.post('/api/jobs', { kind: 'package', countries: 'all' })).json();
    expect(de.countries).toEqual(['DE']);
    const failed = await finished(liaison, de.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^No lead in these countries is approved for dissemination/);
    // An admin's override build packages every lead, and each package is audited as built by them.
    const all: Body = (
      await admin.post('/api/jobs', { kind: 'package', countries: 'all', override: 'test of the job runner' })
    ).json();
    const built = await finished(admin, all.id);
    expect(built).toMatchObject({ status: 'done', error: null });
    expect(built.result.packages.length).toBeGreaterThan(0);
    const builds: Body = (await admin.get('/api/packages')).json();
    expect(builds.map((b: Body) => b.id)).toContain(built.result.build);
    expect(
      audited('package.build').filter((a) => a.object.startsWith(`package:${built.result.build}/`)),
    ).toHaveLength(built.result.packages.length);
    // The liaison sees their own job, not the admin's whole-case ones.
    const theirs: Body = (await liaison.get('/api/jobs')).json();
    expect(theirs.map((j: Body) => j.id)).toEqual([de.id]);
    expect((await liaison.get(`/api/jobs/${all.id}`)).statusCode).toBe(404);
  }, 120_000);

  it('cancels a job, and a restarted server shows past jobs and marks a running one interrupted', async () => {
    const a: Body = (await admin.post('/api/jobs', { kind: 'analyze' })).json();
    const b: Body = (await admin.post('/api/jobs', { kind: 'analyze' })).json();
    expect((await analyst.post(`/api/jobs/${a.id}/cancel`)).statusCode).toBe(403);
    const queued: Body = (await admin.post(`/api/jobs/${b.id}/cancel`)).json();
    expect(queued.status).toBe('cancelled');
    const cancelled = await admin.post(`/api/jobs/${a.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect((await finished(admin, a.id)).status).toBe('cancelled');
    expect((await admin.post(`/api/jobs/${a.id}/cancel`)).statusCode).toBe(409);
    expect(
      audited('job.cancel').filter((e) => [`job:${a.id}`, `job:${b.id}`].includes(e.object)),
    ).toHaveLength(2);

    const before: Body[] = (await admin.get('/api/jobs')).json();
    const running: Body = (await admin.post('/api/jobs', { kind: 'analyze' })).json();
    await new Promise((r) => setTimeout(r, 300));
    await app.close();
    await start();
    const after: Body[] = (await admin.get('/api/jobs')).json();
    expect(after.find((j) => j.id === running.id)).toMatchObject({ status: 'interrupted' });
    expect(after.find((j) => j.id === running.id).error).toMatch(/server stopped/);
    for (const j of before) expect(after.find((x) => x.id === j.id)).toMatchObject({ status: j.status });
  }, 120_000);
});
