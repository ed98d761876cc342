import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp, testCase } from './testing/test-case.ts';

const root = mkdtempSync(join(tmpdir(), 'vigil-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Vigil</title>');
writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the web app at /', () => {
  it('serves files, index.html for app paths, and 404 for missing assets and endpoints', async () => {
    const tc = await testCase();
    const { app } = await testApp(tc.store, { webRoot: root });
    const get = (url: string) => app.inject({ url });
    expect((await get('/')).headers['content-type']).toContain('text/html');
    expect((await get('/assets/app-1.js')).statusCode).toBe(200);
    expect((await get('/assets/app-1.js')).headers['cache-control']).toContain('immutable');
    const deep = await get('/conversations/skype/msg.2021.07?x=1');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>Vigil</title>');
    expect(deep.headers['x-frame-options']).toBe('DENY');
    expect((await get('/assets/gone.js')).statusCode).toBe(404);
    expect((await get('/api/nothing')).statusCode).toBe(404);
    await app.close();
    await tc.store.close();
    tc.remove();
  });
});
