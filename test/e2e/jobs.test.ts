import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signedIn } from './browser.ts';
import { buildE2eCase, ensureWebBuilt, ROOT, serve, type E2eCase, type Served } from './workbench-server.ts';

/**
 * Jobs in a real Chromium against `vigil serve`: an admin starts the analysis from the Jobs page,
 * watches it run, and sees it finish with its figures; the lead queue then has rows. Screenshots go
 * to test-artifacts/jobs/.
 */
const SHOTS = join(ROOT, 'test-artifacts/jobs');
let kase: E2eCase;
let server: Served;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [built] = await Promise.all([buildE2eCase(), ensureWebBuilt()]);
  kase = built;
  server = await serve(kase.caseDir, { ...process.env, HOME: kase.dir });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  kase?.remove();
});

describe('jobs in Chromium', () => {
  it('starts an analysis from the Jobs page and sees it run and finish', async () => {
    const { context, page } = await signedIn(browser, server.url, 'admin', problems, /status of 40[34]/);
    await page.getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Jobs' }).waitFor();
    await page.getByText('No jobs yet.').waitFor();
    await page.getByRole('button', { name: 'Run the analysis' }).click();
    const row = page.locator('tr[data-job]').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Analysis');
    // The row moves on by itself (live events), from queued to running to done. A job process
    // starting on a busy machine can take a minute; a quick one may already be done.
    await page
      .locator('tr[data-job][data-status="running"], tr[data-job][data-status="done"]')
      .first()
      .waitFor({ timeout: 150_000 });
    await page.screenshot({ path: join(SHOTS, '01-analysis-running.png') });
    await page.locator('tr[data-job][data-status="done"]').waitFor({ timeout: 150_000 });
    const done = (await row.textContent()) ?? '';
    expect(done).toMatch(/Done/);
    expect(done).toMatch(/\d+ persons, \d+ leads \(\d+ urgent\) in [\d.]+ s/);
    await page.screenshot({ path: join(SHOTS, '02-analysis-done.png') });
    // What the job wrote is what the queue shows.
    await page.getByRole('link', { name: 'Leads' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await context.close();
    expect(problems).toEqual([]);
  }, 360_000);
});
