import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { launchChromium, signedIn as signedInAs } from './browser.ts';
import { E2E_PASSWORD, ensureWebBuilt, ROOT, serve, vigil, type Served } from './workbench-server.ts';

/**
 * Media in the workbench, in a real Chromium against a real `vigil serve`: a synthetic world with
 * media is ingested and analysed through the CLI; a person's Media tab shows withheld placeholders
 * with digests and list categories; revealing one is logged; a liaison is refused media outside
 * their countries. Screenshots go to test-artifacts/media/.
 */
const SHOTS = join(ROOT, 'test-artifacts/media');
let dir: string;
let server: Served;
let browser: Browser;
let m1: { person_id: string; country: string };
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-media-'));
  const bundle = join(dir, 'bundle');
  const kase = join(dir, 'case');
  await ensureWebBuilt();
  await vigil(kase, 'synth', '--out', bundle, '--scale', 'tiny', '--seed', '3', '--media');
  await vigil(kase, 'ingest', bundle, '--json');
  await vigil(kase, 'analyze', '--json');
  // the analysed case, read directly (the JSON of every ranked person is larger than a pipe buffer)
  const store = SqliteStore.open(kase);
  const leads = await store.analysis.leads({ all: true });
  await store.close();
  const found = leads.find((l) => l.country !== null && l.reasons.some((r) => r.indicator === 'M1'));
  if (!found) throw new Error('no person with M1 in the synthetic world');
  m1 = { person_id: found.person_id, country: found.country! };
  const pw = join(dir, 'password.txt');
  writeFileSync(pw, `${E2E_PASSWORD}\n`);
  // a liaison for a country that is not the M1 person's
  const other = m1.country === 'ZA' ? 'NZ' : 'ZA';
  await vigil(kase, 'user', 'add', '--username', 'analyst', '--password-file', pw, '--role', 'analyst');
  await vigil(
    kase,
    'user',
    'add',
    '--username',
    'liaison.x',
    '--password-file',
    pw,
    '--role',
    'liaison',
    '--country',
    other,
  );
  server = await serve(kase);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('media in the workbench (Chromium)', () => {
  it('lists a person’s media withheld, and reveals one item greyscale on an explicit, logged click', async () => {
    const { context, page } = await signedInAs(browser, server.url, 'analyst', problems, /status of 40[34]/);
    await page.goto(`${server.url}persons/${m1.person_id}`);
    await page.getByRole('tab', { name: 'Media' }).click();
    const heading = page.getByRole('heading', { name: /^Media \(/ });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/[1-9]\d* on known lists/);
    const first = page.getByRole('figure', { name: /Withheld media/ }).first();
    await first.waitFor();
    // withheld: no picture on the page, only the blurred box, digests and the list's category
    expect(await page.getByRole('tabpanel').locator('img').count()).toBe(0);
    expect(await first.textContent()).toContain('synthetic-category-1');
    expect(await first.textContent()).toMatch(/sha256 [0-9a-f]{64}/);
    await page.screenshot({ path: join(SHOTS, '01-media-withheld.png') });

    await first.getByRole('button', { name: 'Reveal (logged)' }).click();
    const img = first.getByRole('img', { name: /Revealed media/ });
    await img.waitFor();
    expect(await img.getAttribute('class')).toContain('media-grey');
    const filter = await img.evaluate(
      (el) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { filter: string } }).getComputedStyle(el)
          .filter,
    );
    expect(String(filter)).toContain('grayscale');
    await page.screenshot({ path: join(SHOTS, '02-media-revealed-grey.png') });
    await first.getByRole('button', { name: 'Hide' }).click();
    expect(await page.getByRole('tabpanel').locator('img').count()).toBe(0);
    await context.close();
  });

  it('refuses a liaison the media of a person outside their countries', async () => {
    const { context, page } = await signedInAs(
      browser,
      server.url,
      'liaison.x',
      problems,
      /status of 40[34]/,
    );
    const res = await page.request.get(`${server.url}api/persons/${m1.person_id}/media`);
    expect(res.status()).toBe(403);
    await context.close();
  });

  it('had no unexpected console or page errors', () => {
    expect(problems).toEqual([]);
  });
});
