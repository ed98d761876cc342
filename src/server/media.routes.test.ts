import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaFileInput } from '../media/stage/media-file-input.ts';
import { hashFile } from '../media/hash-file.ts';
import { syntheticImage } from '../media/synthetic/synthetic-image.ts';
import type { MediaAccountLink } from '../store/media.ts';
import { PERSONS, writeNeutralAnalysis } from './testing/lead-fixture.ts';
import { TestClient, testApp, testCase, type TestCase } from './testing/test-case.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let tc: TestCase;
let app: FastifyInstance;
let analyst: TestClient;
let liaison: TestClient;
let root: string;
const sha: Record<'ben' | 'dave' | 'changed', string> = { ben: '', dave: '', changed: '' };
const bytes: Record<string, Buffer> = {};

const actions = (): { user: string; action: string; object: string }[] =>
  tc.store.db.prepare('SELECT user, action, object FROM audit_log ORDER BY seq').all() as never;

const link = (sha256: string, handle: string, direction: 'sent' | 'received'): MediaAccountLink => ({
  sha256,
  platform: 'skype',
  handle,
  direction,
  conversation_id: null,
  message_id: null,
  sent_at: Date.UTC(2020, 0, 2),
  via: 'media_link',
  file_sha256: 'a'.repeat(64),
  line: 2,
});

beforeAll(async () => {
  tc = await testCase();
  await writeNeutralAnalysis(tc.store);
  // three generated pictures in a bundle's media folder, hashed into the case
  root = join(tc.dir, 'bundle-media');
  mkdirSync(join(root, 'media'), { recursive: true });
  const files = [];
  for (const [i, name] of (['ben', 'dave', 'changed'] as const).entries()) {
    const b = await syntheticImage({ seed: 40 + i, kind: 'shapes', width: 320, height: 240 });
    writeFileSync(join(root, 'media', `${name}.jpg`), b);
    bytes[name] = b;
    const r = await hashFile(join(root, 'media', `${name}.jpg`), `${name}.jpg`);
    sha[name] = r.sha256;
    files.push(mediaFileInput(r));
  }
  const run = await tc.store.startRun('media');
  await tc.store.media.putFiles(run, root, files);
  await tc.store.media.replaceMatches([
    { sha256: sha.ben, list: 'agency', category: 'cat-1', by: 'sha256', distance: null, known_good: false },
  ]);
  await tc.store.media.replaceLinks([
    link(sha.ben, 'anna.reyes', 'sent'),
    link(sha.ben, 'ben_keller', 'received'),
    link(sha.dave, 'dave.mills', 'received'),
    link(sha.changed, 'ben_keller', 'received'),
  ]);
  writeFileSync(join(root, 'media', 'changed.jpg'), Buffer.from('not the picture any more'));
  app = (await testApp(tc.store)).app;
  analyst = new TestClient(app, '10.8.1.1');
  liaison = new TestClient(app, '10.8.1.3');
  await analyst.login('analyst');
  await liaison.login('liaison.de');
});
afterAll(async () => {
  await app.close();
  await tc.store.close();
  tc.remove();
});

describe('media on a person profile', () => {
  it('lists the media linked to the person’s accounts, with digests, lists and EXIF, never bytes', async () => {
    const res = await analyst.get(`/api/persons/${PERSONS.ben}/media`);
    expect(res.statusCode).toBe(200);
    const body: Body = res.json();
    expect(body.total).toBe(2);
    expect(body.media[0]).toMatchObject({
      sha256: sha.ben,
      direction: 'received',
      account: 'skype:ben_keller',
      counterpart: 'skype:anna.reyes',
      categories: ['cat-1'],
      matched_by: ['sha256'],
      kind: 'image',
      mime: 'image/jpeg',
    });
    expect(body.media[0].pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(body)).not.toContain('ben.jpg');
  });

  it('refuses a liaison the media of a person outside their countries', async () => {
    expect((await liaison.get(`/api/persons/${PERSONS.dave}/media`)).statusCode).toBe(403);
    expect((await liaison.get(`/api/persons/${PERSONS.ben}/media`)).statusCode).toBe(200);
  });
});

describe('revealing one media item', () => {
  it('serves the bytes once asked, logged first, with no-store caching', async () => {
    const before = actions().length;
    const res = await analyst.post('/api/media/reveal', { sha256: sha.dave });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes.dave!)).toBe(true);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(actions().slice(before)).toEqual([
      { user: 'analyst', action: 'media.reveal', object: `media:${sha.dave}` },
    ]);
  });

  it('lets a liaison reveal media of their countries’ leads only, and logs the refusal', async () => {
    const ok = await liaison.post('/api/media/reveal', { sha256: sha.ben });
    expect(ok.statusCode).toBe(200);
    expect(ok.rawPayload.equals(bytes.ben!)).toBe(true);
    const before = actions().length;
    const no = await liaison.post('/api/media/reveal', { sha256: sha.dave });
    expect(no.statusCode).toBe(403);
    expect(no.json<Body>().error.code).toBe('need_to_know');
    expect(no.body).not.toContain('GB');
    expect(actions().slice(before)).toEqual([
      { user: 'liaison.de', action: 'access.refused', object: `media:${sha.dave}` },
    ]);
  });

  it('does not show a file that changed since ingest, and answers 404 for unknown media', async () => {
    const changed = await analyst.post('/api/media/reveal', { sha256: sha.changed });
    expect(changed.statusCode).toBe(409);
    expect(changed.json<Body>().error.code).toBe('media_changed');
    const unknown = await analyst.post('/api/media/reveal', { sha256: 'f'.repeat(64) });
    expect(unknown.statusCode).toBe(404);
    expect((await analyst.post('/api/media/reveal', { sha256: 'nothex' })).statusCode).toBe(400);
  });
});
