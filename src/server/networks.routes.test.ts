/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- reading loosely typed JSON answers */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SellerNetwork } from '../core/network-types.ts';
import { analyze } from '../analysis/stages/analyze.ts';
import { fixtureSellerNetwork } from '../store/networks-fixture.ts';
import { PERSONS, writeNeutralAnalysis } from './testing/lead-fixture.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let tc: TestCase;
let app: FastifyInstance;
let analyst: TestClient;
let liaison: TestClient;

const audit = (): { user: string; action: string; object: string }[] =>
  tc.store.db.prepare('SELECT user, action, object FROM audit_log ORDER BY seq').all() as never;

/** Anna's network in PH: it served Ben (DE), Carl (NL) and Dave (GB). */
function annaNetwork(): SellerNetwork {
  const n = fixtureSellerNetwork('N-PH', { seller: PERSONS.anna, buyer: PERSONS.ben });
  const [seller, receiver] = n.members;
  return {
    ...n,
    members: [
      seller!,
      {
        ...receiver!,
        transaction_ids: ['4417283910', 'RM-88213-PH', 'WU-1002'],
        evidence: [
          { kind: 'transaction', id: '4417283910' },
          { kind: 'transaction', id: 'RM-88213-PH' },
        ],
      },
    ],
    buyers: 3,
    buyer_person_ids: [PERSONS.ben, PERSONS.carl, PERSONS.dave],
    buyer_countries: [
      { country: 'DE', buyers: 1 },
      { country: 'NL', buyers: 1 },
      { country: 'GB', buyers: 1 },
    ],
    statements: [
      {
        indicator: 'buyers',
        detail: 'served 3 buyers',
        weight: 0,
        evidence: [
          { kind: 'message', id: 'm101' },
          { kind: 'transaction', id: 'RM-88213-PH' },
          { kind: 'transaction', id: '4417283910' },
          { kind: 'account', id: 'skype:anna.reyes' },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  tc = await testCase();
  await analyze(tc.store, ['features']);
  await writeNeutralAnalysis(tc.store);
  await tc.store.networks.replace(
    [annaNetwork(), fixtureSellerNetwork('N-TH', { country: 'TH', buyer: PERSONS.carl })],
    { at: Date.now(), ingestRun: 1 },
  );
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

describe('seller networks over HTTP', () => {
  it('lists every network for staff and shows one whole, with its buyers, audited', async () => {
    const list: Body = (await analyst.get('/api/networks')).json();
    expect(list.limited).toBe(false);
    expect(list.networks.map((n: Body) => n.network_id).sort()).toEqual(['N-PH', 'N-TH']);
    const res = await analyst.get('/api/networks/N-PH');
    expect(res.statusCode).toBe(200);
    const body: Body = res.json();
    expect(body.buyers.map((b: Body) => [b.person_id, b.name, b.country])).toEqual([
      [PERSONS.ben, 'Ben Keller', 'DE'],
      [PERSONS.carl, 'Carl de Vries', 'NL'],
      [PERSONS.dave, 'David Mills', 'GB'],
    ]);
    expect(body.network.statements[0].evidence).toHaveLength(4);
    expect(audit()).toEqual(
      expect.arrayContaining([
        { user: 'analyst', action: 'network.view', object: 'networks' },
        { user: 'analyst', action: 'network.view', object: 'network:N-PH' },
      ]),
    );
    expect((await analyst.get('/api/networks/N-XX')).statusCode).toBe(404);
  });

  it('shows a liaison only networks serving their leads, and among the buyers only theirs', async () => {
    const list: Body = (await liaison.get('/api/networks')).json();
    expect(list.limited).toBe(true);
    expect(list.networks.map((n: Body) => [n.network_id, n.buyers])).toEqual([['N-PH', 1]]);
    const body: Body = (await liaison.get('/api/networks/N-PH')).json();
    expect(body.buyers.map((b: Body) => b.person_id)).toEqual([PERSONS.ben]);
    expect(body.network.buyer_person_ids).toEqual([PERSONS.ben]);
    expect(body.network.buyer_countries).toEqual([{ country: 'DE', buyers: 1 }]);
    // Carl's transfer (NL) and every message are withheld; Ben's transfer and the account stay
    expect(body.network.members[1].transaction_ids).toEqual(['4417283910']);
    expect(body.network.statements[0].evidence).toEqual([
      { kind: 'transaction', id: '4417283910' },
      { kind: 'account', id: 'skype:anna.reyes' },
    ]);
    expect(JSON.stringify(body)).not.toContain(PERSONS.carl);
  });

  it('refuses a liaison another country’s network, and an unknown id alike, and audits it', async () => {
    for (const id of ['N-TH', 'N-NOPE']) {
      const res = await liaison.get(`/api/networks/${id}`);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('need_to_know');
      expect(res.json().error.message).not.toContain('TH');
      expect((await liaison.get(`/api/networks/${id}/graph`)).statusCode).toBe(403);
    }
    expect(audit()).toContainEqual({ user: 'liaison.de', action: 'access.refused', object: 'network:N-TH' });
  });

  it('reaches from a buyer through the seller to the network’s other buyers', async () => {
    const ben: Body = (await analyst.get(`/api/persons/${PERSONS.ben}/graph`)).json();
    const anna = ben.nodes.find((n: Body) => n.person_id === PERSONS.anna);
    expect(anna).toMatchObject({ role: 'seller', network_id: 'N-PH' });
    const graph: Body = (await analyst.get('/api/networks/N-PH/graph')).json();
    expect(graph.center).toBe('n:N-PH');
    const paid = graph.edges.filter((e: Body) => e.kind === 'paid').map((e: Body) => e.source);
    expect(paid.sort()).toEqual([PERSONS.ben, PERSONS.carl, PERSONS.dave].map((p) => `p:${p}`).sort());
    expect(graph.edges).toContainEqual({
      source: 'n:N-PH',
      target: `p:${PERSONS.anna}`,
      kind: 'member',
      weight: 1,
    });
    const forLiaison: Body = (await liaison.get('/api/networks/N-PH/graph')).json();
    expect(forLiaison.edges.filter((e: Body) => e.kind === 'paid').map((e: Body) => e.source)).toEqual([
      `p:${PERSONS.ben}`,
    ]);
  });
});
