/* eslint-disable @typescript-eslint/no-unsafe-call -- reading loosely typed JSON answers */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SearchResponse } from './search.service.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';

// Loose shape for reading answers in tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let tc: TestCase;
let app: FastifyInstance;
let analyst: TestClient;
let liaison: TestClient;

const actions = (): { user: string; action: string; object: string; details: string }[] =>
  tc.store.db.prepare('SELECT user, action, object, details FROM audit_log ORDER BY seq').all() as never;

beforeAll(async () => {
  tc = await testCase();
  app = (await testApp(tc.store)).app;
  analyst = new TestClient(app, '10.9.0.1');
  liaison = new TestClient(app, '10.9.0.2');
  await analyst.login('analyst');
  await liaison.login('liaison.de');
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
});

describe('GET /api/search', () => {
  it('answers as `vigil search --json` does, with highlight spans, and is audited', async () => {
    const res = await analyst.get('/api/search?q=payment&limit=10');
    expect(res.statusCode).toBe(200);
    const body = res.json<SearchResponse>();
    expect(body.total).toBe(3);
    expect(body.total_is_lower_bound).toBe(false);
    const hit = body.hits.find((h) => h.message_id === 'm002')!;
    expect(hit).toMatchObject({ platform: 'skype', sender: 'ben_keller', recipients: ['anna.reyes'] });
    expect(hit.source.line).toBe(3);
    const [a, b] = hit.highlights[0]!;
    expect(hit.body.slice(a, b)).toBe('payment');
    const entry = actions().findLast((e) => e.action === 'search')!;
    expect(entry.user).toBe('analyst');
    expect(JSON.parse(entry.details)).toMatchObject({ query: 'payment', total: 3 });
  });

  it('filters by platform, account and dates', async () => {
    const res = await analyst.get('/api/search?q=payment&account=carl.devries&from=2021-04-01&to=2021-04-30');
    expect(
      res
        .json()
        .hits.map((h: { message_id: string }) => h.message_id)
        .sort(),
    ).toEqual(['m101', 'm104']);
    expect((await analyst.get('/api/search?q=payment&platform=whatsapp')).json<Body>().total).toBe(0);
  });

  it('explains a bad query or a bad date with 400', async () => {
    expect((await analyst.get('/api/search?q=%22unclosed')).statusCode).toBe(400);
    expect((await analyst.get('/api/search?q=pay&from=yesterday')).json().error.code).toBe('invalid_input');
    expect((await analyst.get('/api/search')).statusCode).toBe(400);
  });

  it('needs a session', async () => {
    expect((await app.inject({ url: '/api/search?q=payment' })).statusCode).toBe(401);
  });

  it('refuses a liaison a search outside their countries, and logs the refusal', async () => {
    const res = await liaison.get('/api/search?q=payment');
    expect(res.statusCode).toBe(403);
    expect(res.json<Body>().error.code).toBe('need_to_know');
    expect(res.json<Body>().error.message).toContain('DE');
    expect(actions().at(-1)).toMatchObject({
      user: 'liaison.de',
      action: 'access.refused',
      object: 'search',
    });
  });

  it('lets a liaison search within an entitled account once leads give them some', async () => {
    const scoped = await testApp(tc.store, {
      liaisonAccounts: (_s, u) =>
        Promise.resolve(u.countries.includes('DE') ? [{ platform: 'skype', handle: 'ben_keller' }] : []),
    });
    const c = new TestClient(scoped.app, '10.9.0.3');
    await c.login('liaison.de');
    expect((await c.get('/api/search?q=payment')).statusCode).toBe(403);
    expect((await c.get('/api/search?q=payment&platform=skype&account=carl.devries')).statusCode).toBe(403);
    const ok = await c.get('/api/search?q=payment&platform=skype&account=ben_keller');
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Body>().hits.map((h: { message_id: string }) => h.message_id)).toEqual(['m002']);
    // The conversation with ben_keller opens; another buyer's does not.
    expect((await c.get('/api/messages/skype/m003/conversation')).statusCode).toBe(200);
    expect((await c.get('/api/messages/skype/m101/conversation')).statusCode).toBe(403);
    await scoped.app.close();
  });
});

describe('GET /api/messages/:platform/:id/conversation', () => {
  it('gives the thread around a message, anchor in the middle, and logs every message shown', async () => {
    const res = await analyst.get('/api/messages/skype/m003/conversation?around=1');
    expect(res.statusCode).toBe(200);
    const t = res.json<Body>();
    expect(t.anchor).toBe('m003');
    expect(t.messages.map((m: { message_id: string }) => m.message_id)).toEqual(['m002', 'm003', 'm004']);
    expect(t.more_before).toBe(true);
    expect(t.more_after).toBe(true);
    const entry = actions().at(-1)!;
    expect(entry).toMatchObject({ action: 'message.view', object: 'message:skype:m003' });
    expect(JSON.parse(entry.details).shown).toEqual(['m002', 'm003', 'm004']);
  });

  it('answers 404 for an unknown message, and 403 to a liaison whatever the id', async () => {
    expect((await analyst.get('/api/messages/skype/nope/conversation')).statusCode).toBe(404);
    expect((await liaison.get('/api/messages/skype/nope/conversation')).statusCode).toBe(403);
    expect((await liaison.get('/api/messages/skype/m003/conversation')).statusCode).toBe(403);
  });
});

describe('stats, audit and media', () => {
  it('gives staff the dashboard figures, and liaisons a 403', async () => {
    const res = await analyst.get('/api/stats');
    expect(res.json<Body>().stats.kinds.find((k: { kind: string }) => k.kind === 'messages').count).toBe(13);
    expect(res.json<Body>().countries[0]).toEqual({ country: 'DE', count: 2 });
    expect((await liaison.get('/api/stats')).statusCode).toBe(403);
  });

  it('shows the audit log to admins only', async () => {
    expect((await analyst.get('/api/audit')).statusCode).toBe(403);
    const admin = new TestClient(app, '10.9.0.9');
    await admin.login('admin');
    const res = await admin.get('/api/audit?limit=5');
    expect(res.statusCode).toBe(200);
    expect(res.json<Body>().entries).toHaveLength(5);
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('logs a media reveal, then answers 404 while there is no media store', async () => {
    const res = await analyst.post('/api/media/reveal', {
      platform: 'skype',
      message_id: 'm005',
      attachment: 'photo-0001.jpg',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json<Body>().error.code).toBe('media_unavailable');
    expect(actions().at(-1)).toMatchObject({
      action: 'media.reveal',
      object: 'media:skype:m005:photo-0001.jpg',
    });
    const li = await liaison.post('/api/media/reveal', {
      platform: 'skype',
      message_id: 'm005',
      attachment: 'photo-0001.jpg',
    });
    expect(li.statusCode).toBe(403);
  });
});
