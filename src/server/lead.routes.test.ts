/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- reading loosely typed JSON answers */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus, type ServerEvent } from './event-bus.ts';
import { PERSONS, writeNeutralAnalysis } from './testing/lead-fixture.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let tc: TestCase;
let app: FastifyInstance;
let analyst: TestClient;
let admin: TestClient;
let liaison: TestClient;
let keys: string;
const events: ServerEvent[] = [];

const actions = (): { user: string; action: string; object: string; details: string }[] =>
  tc.store.db.prepare('SELECT user, action, object, details FROM audit_log ORDER BY seq').all() as never;

beforeAll(async () => {
  tc = await testCase();
  await writeNeutralAnalysis(tc.store);
  keys = mkdtempSync(join(tmpdir(), 'vigil-keys-'));
  const bus = new EventBus();
  bus.subscribe((e) => events.push(e));
  app = (await testApp(tc.store, { bus, packagesDir: join(tc.dir, 'packages'), keyDir: keys })).app;
  analyst = new TestClient(app, '10.8.0.1');
  admin = new TestClient(app, '10.8.0.2');
  liaison = new TestClient(app, '10.8.0.3');
  await analyst.login('analyst');
  await admin.login('admin');
  await liaison.login('liaison.de');
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
  rmSync(keys, { recursive: true, force: true });
});

describe('the lead queue', () => {
  it('lists every scored non-seller person, sorted and filtered', async () => {
    const all: Body = (await analyst.get('/api/leads')).json();
    expect(all.total).toBe(3);
    expect(all.rows.map((r: Body) => r.person_id)).toEqual([PERSONS.ben, PERSONS.carl, PERSONS.dave]);
    expect(all.rows[0]).toMatchObject({ status: 'new', version: 0, country: 'DE', urgent: true });
    const gb: Body = (await analyst.get('/api/leads?country=gb')).json();
    expect(gb.rows.map((r: Body) => r.person_id)).toEqual([PERSONS.dave]);
    const byScore: Body = (await analyst.get('/api/leads?sort=score&dir=asc')).json();
    expect(byScore.rows[0].person_id).toBe(PERSONS.dave);
    expect((await analyst.get('/api/leads?urgent=true')).json().total).toBe(1);
    expect((await analyst.get('/api/leads?sort=nonsense')).statusCode).toBe(400);
  });

  it('shows a liaison only their countries', async () => {
    const page: Body = (await liaison.get('/api/leads')).json();
    expect(page.rows.map((r: Body) => r.person_id)).toEqual([PERSONS.ben]);
    const summary: Body = (await liaison.get('/api/leads/summary')).json();
    expect(summary.total).toBe(1);
    expect(summary.by_country).toEqual([{ country: 'DE', count: 1, leads: 1 }]);
  });
});

describe('the profile', () => {
  it('gives transfers, links with breakdowns, evidence messages and review, and is audited', async () => {
    const res = await analyst.get(`/api/leads/${PERSONS.ben}`);
    expect(res.statusCode).toBe(200);
    const p: Body = res.json();
    expect(p.transfers.map((t: Body) => t.transaction_id)).toEqual(['4417283910', 'WU-1005']);
    expect(p.links[0].breakdown[0].field).toBe('chat_tie');
    expect(p.evidence_messages[0]).toMatchObject({ message_id: 'm003', platform: 'skype' });
    expect(p.review).toMatchObject({ status: 'new', version: 0 });
    expect(actions().at(-1)).toMatchObject({
      user: 'analyst',
      action: 'lead.view',
      object: `lead:${PERSONS.ben}`,
    });
  });

  it('refuses a liaison another country’s lead or person by id, and audits the refusal', async () => {
    for (const url of [
      `/api/leads/${PERSONS.carl}`,
      `/api/persons/${PERSONS.dave}`,
      `/api/persons/${PERSONS.anna}`,
    ]) {
      const res = await liaison.get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('need_to_know');
      expect(actions().at(-1)).toMatchObject({ user: 'liaison.de', action: 'access.refused' });
    }
    // An unknown id is refused alike: the liaison learns nothing of what exists.
    expect((await liaison.get('/api/persons/p-nobody')).statusCode).toBe(403);
    expect((await liaison.get(`/api/leads/${PERSONS.ben}`)).statusCode).toBe(200);
  });

  it('lets a liaison read the messages behind their leads, and no others', async () => {
    expect((await liaison.get('/api/messages/skype/m003/conversation')).statusCode).toBe(200);
    expect((await liaison.get('/api/messages/skype/m101/conversation')).statusCode).toBe(403);
  });
});

describe('the review workflow', () => {
  it('moves a lead through its statuses, assigns, tags and comments, with history and live events', async () => {
    const url = `/api/leads/${PERSONS.ben}/review`;
    let r: Body = (await analyst.post(url, { version: 0, status: 'in_review', assignee: 'analyst' })).json();
    expect(r).toMatchObject({ status: 'in_review', assignee: 'analyst', version: 1, updated_by: 'analyst' });
    r = (
      await analyst.post(url, { version: 1, tags: ['priority', 'de-bka'], comment: 'Checked the transfers.' })
    ).json();
    expect(r).toMatchObject({ version: 2, tags: ['priority', 'de-bka'] });
    const skip = await analyst.post(url, { version: 2, status: 'disseminated' });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().error.code).toBe('bad_transition');
    const noReason = await analyst.post(url, { version: 2, status: 'discarded' });
    expect(noReason.json().error.code).toBe('reason_required');
    r = (await analyst.post(url, { version: 2, status: 'developed' })).json();
    r = (await analyst.post(url, { version: r.version, status: 'approved' })).json();
    expect(r).toMatchObject({ status: 'approved', version: 4 });
    const p: Body = (await analyst.get(`/api/leads/${PERSONS.ben}`)).json();
    expect(p.history.map((h: Body) => h.to_status)).toEqual(['in_review', 'developed', 'approved']);
    expect(p.comments).toEqual([
      expect.objectContaining({ author: 'analyst', text: 'Checked the transfers.' }),
    ]);
    expect(await tc.store.reviews.approvedPersonIds()).toEqual([PERSONS.ben]);
    const live = events.filter((e) => e.type === 'lead.updated');
    expect(live.at(-1)).toMatchObject({
      data: { person_id: PERSONS.ben, version: 4 },
      audience: { countries: ['DE'] },
    });
    expect(actions().filter((a) => a.action === 'lead.update')).toHaveLength(4);
  });

  it('refuses a stale update with 409, naming who changed the lead', async () => {
    const url = `/api/leads/${PERSONS.carl}/review`;
    expect((await analyst.post(url, { version: 0, status: 'in_review' })).statusCode).toBe(200);
    const stale = await admin.post(url, { version: 0, assignee: 'admin' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale');
    expect(stale.json().error.message).toMatch(/changed by analyst/);
    expect((await tc.store.reviews.review(PERSONS.carl)).assignee).toBeNull();
    expect(actions().at(-1)).toMatchObject({ user: 'admin', action: 'lead.update.refused' });
  });

  it('lets a liaison only comment, on their own countries’ leads; refuses an unknown assignee', async () => {
    const ben = `/api/leads/${PERSONS.ben}/review`;
    expect((await liaison.post(ben, { version: 4, status: 'disseminated' })).statusCode).toBe(403);
    expect(
      (await liaison.post(`/api/leads/${PERSONS.carl}/review`, { version: 1, comment: 'x' })).statusCode,
    ).toBe(403);
    const c = await liaison.post(ben, { version: 4, comment: 'Known to us.' });
    expect(c.statusCode).toBe(200);
    expect(c.json().version).toBe(5);
    expect(
      (await analyst.post(`/api/leads/${PERSONS.dave}/review`, { version: 0, assignee: 'nobody' }))
        .statusCode,
    ).toBe(422);
  });
});

describe('linkage decisions', () => {
  it('stores confirm, split and merge through the analysis store, audited', async () => {
    let res = await analyst.post('/api/decisions', {
      kind: 'confirm',
      a: 'acct:skype:ben_keller',
      b: 'tx:4417283910',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().message).toMatch(/next analysis/);
    res = await analyst.post('/api/decisions', {
      kind: 'split',
      a: 'tx:4417283910',
      b: 'tx:WU-1005',
      note: 'two senders',
    });
    expect(res.statusCode).toBe(200);
    res = await analyst.post('/api/decisions', { kind: 'merge', a: PERSONS.carl, b: PERSONS.dave });
    expect(res.statusCode).toBe(200);
    expect(
      (
        await analyst.post('/api/decisions', {
          kind: 'split',
          a: 'acct:skype:ben_keller',
          b: 'acct:skype:dave.mills',
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await liaison.post('/api/decisions', {
          kind: 'confirm',
          a: 'acct:skype:ben_keller',
          b: 'tx:4417283910',
        })
      ).statusCode,
    ).toBe(403);
    const stored = await tc.store.analysis.decisions();
    expect(stored.map((d) => [d.kind, d.a, d.b, d.user])).toEqual([
      ['confirm', 'acct:skype:ben_keller', 'tx:4417283910', 'analyst'],
      ['split', 'tx:4417283910', 'tx:WU-1005', 'analyst'],
      ['merge', 'acct:skype:carl.devries', 'acct:skype:dave.mills', 'analyst'],
    ]);
    expect(actions().filter((a) => a.action === 'decision')).toHaveLength(3);
    const p: Body = (await analyst.get(`/api/leads/${PERSONS.ben}`)).json();
    expect(p.decisions).toHaveLength(2);
  });
});

describe('the graph', () => {
  it('shows the person, accounts, counterparts and payments to staff only', async () => {
    const g: Body = (await analyst.get(`/api/persons/${PERSONS.ben}/graph`)).json();
    expect(g.center).toBe(`p:${PERSONS.ben}`);
    expect(g.nodes.find((n: Body) => n.kind === 'receiver').label).toBe('Anna Reyes (PH)');
    expect((await liaison.get(`/api/persons/${PERSONS.ben}/graph`)).statusCode).toBe(403);
  });
});

describe('packages', () => {
  it('builds only approved leads, lists, verifies and downloads; liaisons may not build', async () => {
    expect((await analyst.post('/api/packages', { countries: 'all' })).statusCode).toBe(403);
    const res = await admin.post('/api/packages', { countries: 'all' });
    expect(res.statusCode).toBe(200);
    const build: Body = res.json();
    expect(build.packages.map((p: Body) => [p.country, p.leads])).toEqual([['DE', [PERSONS.ben]]]);
    const none = await admin.post('/api/packages', { countries: ['GB'] });
    expect(none.statusCode).toBe(422);
    const list: Body = (await liaison.get('/api/packages')).json();
    expect(list[0].packages[0].country).toBe('DE');
    const pkg = build.packages[0];
    const verified: Body = (await admin.post(`/api/packages/${build.id}/${pkg.folder}/verify`)).json();
    expect(verified.ok).toBe(true);
    const zip = await liaison.get(`/api/packages/${build.id}/${pkg.folder}/download`);
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(actions().map((a) => a.action)).toEqual(
      expect.arrayContaining(['package.build', 'package.verify', 'export']),
    );
  });
});
