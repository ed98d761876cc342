import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { EventBus } from './event-bus.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';

let tc: TestCase;
let app: FastifyInstance;
let bus: EventBus;
let base: string;

beforeAll(async () => {
  tc = await testCase();
  const built = await testApp(tc.store);
  app = built.app;
  bus = built.services.bus;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}`;
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
});

/** Opens /api/events as `username` and collects the event names it receives. */
async function listen(username: string): Promise<{ seen: string[]; close: () => void }> {
  const c = new TestClient(app, '10.7.0.1');
  await c.login(username);
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const ac = new AbortController();
  const res = await fetch(`${base}/api/events`, { headers: { cookie }, signal: ac.signal });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  const seen: string[] = [];
  const reader = res.body!.getReader();
  void (async () => {
    const dec = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const m of dec.decode(value as Uint8Array).matchAll(/^data: (.+)$/gm))
          seen.push((JSON.parse(m[1]!) as { type: string }).type);
      }
    } catch {
      // aborted
    }
  })();
  return { seen, close: () => ac.abort() };
}

describe('GET /api/events', () => {
  it('streams bus events to each user as their audience allows', async () => {
    const analyst = await listen('analyst');
    const liaison = await listen('liaison.de');
    await expect.poll(() => bus.size).toBe(2);
    bus.publish({ type: 'case.note', data: {}, audience: 'staff' });
    bus.publish({ type: 'lead.updated', data: { lead_id: 'x' }, audience: { countries: ['DE'] } });
    bus.publish({ type: 'lead.updated.fr', data: {}, audience: { countries: ['FR'] } });
    await expect.poll(() => analyst.seen.length).toBe(4);
    await expect.poll(() => liaison.seen.length).toBe(2);
    expect(analyst.seen).toEqual(['hello', 'case.note', 'lead.updated', 'lead.updated.fr']);
    expect(liaison.seen).toEqual(['hello', 'lead.updated']);
    analyst.close();
    liaison.close();
    await expect.poll(() => bus.size).toBe(0);
  });

  it('needs a session', async () => {
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
  });
});
