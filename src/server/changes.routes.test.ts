/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- reading loosely typed JSON answers */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeSnapshot } from '../analysis/history/take-snapshot.ts';
import { analyze } from '../analysis/stages/analyze.ts';
import { ingest } from '../ingest/ingest.ts';
import { writeNeutralBundle } from './testing/neutral-bundle.ts';
import { PERSONS, writeNeutralAnalysis } from './testing/lead-fixture.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';
import { writeFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let tc: TestCase;
let app: FastifyInstance;
let analyst: TestClient;
let liaison: TestClient;

beforeAll(async () => {
  tc = await testCase();
  await analyze(tc.store, ['features']);
  await writeNeutralAnalysis(tc.store);
  await takeSnapshot(tc.store, Date.now());
  // the second seizure: Erin, a new buyer in DE, and one more message from Ben
  const second = writeNeutralBundle(join(tc.dir, 'second'));
  writeFileSync(
    join(second, 'messages.csv'),
    'message_id,platform,conversation_id,sent_at,sender,recipients,body,attachments\n' +
      'm301,skype,c-anna-erin,2021-07-01T10:00:00Z,erin.vogt,anna.reyes,"Hello, is Saturday at noon still fine?",\n' +
      'm302,skype,c-anna-ben,2021-07-02T10:00:00Z,ben_keller,anna.reyes,Same time next week works for me.,\n',
  );
  await ingest(tc.store, [second], { worker: false });
  const started = Date.now();
  await analyze(tc.store, ['features']);
  const persons = await tc.store.analysis.persons();
  const ben = persons.find((p) => p.person_id === PERSONS.ben)!;
  const carl = persons.find((p) => p.person_id === PERSONS.carl)!;
  const dave = persons.find((p) => p.person_id === PERSONS.dave)!;
  await tc.store.analysis.replacePersons([
    { ...ben, score: 9.5 },
    { ...carl, country: 'DE', lead: true },
    { ...dave, score: 3 },
    {
      ...dave,
      person_id: 'p-erin',
      names: ['Erin Vogt'],
      accounts: [{ platform: 'skype', handle: 'erin.vogt' }],
      transactions: [],
      country: 'DE',
      lead: true,
      score: 6,
    },
  ]);
  await tc.store.analysis.recordStage('assess', started, {});
  await takeSnapshot(tc.store, started);
  await tc.store.reviews.update(PERSONS.ben, 0, 'analyst', { status: 'developed' });
  app = (await testApp(tc.store)).app;
  analyst = new TestClient(app, '10.9.1.1');
  liaison = new TestClient(app, '10.9.1.2');
  await analyst.login('analyst');
  await liaison.login('liaison.de');
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
});

describe('the change list over HTTP', () => {
  it('lists what the second seizure changed, with review states, and audits the view', async () => {
    const res = await analyst.get('/api/changes?since=2');
    expect(res.statusCode).toBe(200);
    const c: Body = res.json();
    expect(c.new_persons.map((n: Body) => n.person.person_id)).toEqual(['p-erin']);
    expect(c.new_evidence.map((e: Body) => [e.person.person_id, e.added.messages])).toEqual([
      [PERSONS.ben, 1],
      [PERSONS.anna, 2],
    ]);
    expect(c.leads.map((l: Body) => [l.kind, (l.person ?? l.previous).person_id, l.moved])).toEqual([
      ['appeared', 'p-erin', ['lead']],
      ['appeared', PERSONS.carl, ['lead', 'country']],
      ['moved', PERSONS.ben, ['score']],
    ]);
    expect(c.leads[2].review).toMatchObject({ status: 'developed', under_previous_id: false });
    const logged = tc.store.db
      .prepare("SELECT user, object FROM audit_log WHERE action = 'changes.view'")
      .all() as { user: string; object: string }[];
    expect(logged).toContainEqual({ user: 'analyst', object: 'changes:since:2' });
  });

  it('shows a liaison only persons attributed to their countries', async () => {
    const c: Body = (await liaison.get('/api/changes?since=2')).json();
    const ids = [
      ...c.new_persons.map((n: Body) => n.person.person_id),
      ...c.new_evidence.map((e: Body) => e.person.person_id),
      ...c.leads.map((l: Body) => (l.person ?? l.previous).person_id),
    ];
    expect([...new Set(ids)].sort()).toEqual([PERSONS.ben, PERSONS.carl, 'p-erin'].sort());
    expect(JSON.stringify(c)).not.toContain(PERSONS.dave);
    expect(c.counts.new_evidence).toBe(1);
  });

  it('says in one sentence when there is nothing to compare, and lists the runs', async () => {
    const res = await analyst.get('/api/changes?since=1');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe(
      'No analysis was recorded before ingest run 1, so there is nothing to compare it with.',
    );
    expect((await analyst.get('/api/changes?since=x')).statusCode).toBe(400);
    const runs: Body = (await analyst.get('/api/changes/runs')).json();
    expect(runs.runs.map((r: Body) => [r.id, r.comparable])).toEqual([
      [2, true],
      [1, false],
    ]);
  });
});
