import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signedIn as signedInAs } from './browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONS, writeNeutralAnalysis } from '../../src/server/testing/lead-fixture.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { buildE2eCase, ensureWebBuilt, ROOT, serve, type E2eCase, type Served } from './workbench-server.ts';

/**
 * The lead workflow in a real Chromium against `vigil serve`: queue by keyboard, profile, a linkage
 * decision, a status change, a colleague's concurrent change refused as stale, the graph, packages,
 * and a liaison refused another country's lead. Screenshots go to test-artifacts/leads/.
 */
const SHOTS = join(ROOT, 'test-artifacts/leads');
let kase: E2eCase;
let server: Served;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [built] = await Promise.all([buildE2eCase(), ensureWebBuilt()]);
  kase = built;
  const store = SqliteStore.open(kase.caseDir);
  await writeNeutralAnalysis(store);
  await store.close();
  // The signing key is made under HOME: keep it in the test's folder.
  server = await serve(kase.caseDir, { ...process.env, HOME: kase.dir });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  kase?.remove();
});

const signedIn = (username: string): ReturnType<typeof signedInAs> =>
  signedInAs(browser, server.url, username, problems, /status of (403|404|409|422)/);

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

describe('the lead workflow in Chromium', () => {
  it('shows lead progress on the dashboard', async () => {
    const { context, page } = await signedIn('analyst');
    await page.locator('.status-cards .card-value').first().waitFor();
    expect(await page.locator('.status-card-new .card-value').textContent()).toBe('3');
    await shot(page, '01-dashboard');
    await context.close();
  });

  it('walks the queue by keyboard, opens a profile, decides, changes status, and is told of a stale update', async () => {
    const { context, page } = await signedIn('analyst');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).click();
    await page.locator('tr.lead-row').first().waitFor();
    expect(await page.locator('tr.lead-row').count()).toBe(3);
    await page.locator('tr.lead-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('tr.lead-row:focus').getAttribute('data-person')).toBe(PERSONS.dave);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await shot(page, '02-queue');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ben Keller' }).waitFor();
    const evidence = page.getByRole('link', { name: 'message m003' });
    expect(await evidence.getAttribute('href')).toBe('/conversations/skype/m003');
    await shot(page, '03-profile');

    await page.getByRole('tab', { name: 'Links' }).click();
    await page.getByRole('button', { name: 'Confirm link' }).first().click();
    await page.getByText('takes effect on the next analysis').waitFor();
    await page.locator('.decisions li').first().waitFor();
    await shot(page, '04-decision');

    await page
      .getByRole('group', { name: 'Change status' })
      .getByRole('button', { name: 'In review' })
      .click();
    await page.locator('.review-state .tag-status-in_review').waitFor();
    expect(await page.locator('.review-state').textContent()).toContain('version 1');

    // A colleague changes the same lead meanwhile, through the API.
    const admin = await signedIn('admin');
    const csrf = (await admin.context.cookies()).find((c) => c.name === 'vigil_csrf')!.value;
    const res = await admin.page.request.post(`${server.url}api/leads/${PERSONS.ben}/review`, {
      headers: { 'x-csrf-token': csrf },
      data: { version: 1, assignee: 'admin', comment: 'Taking this one.' },
    });
    expect(res.status()).toBe(200);
    await admin.context.close();

    await page
      .getByRole('group', { name: 'Change status' })
      .getByRole('button', { name: 'Developed' })
      .click();
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this lead' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('changed by admin');
    await shot(page, '05-stale');
    await alert.getByRole('button', { name: 'Reload the lead' }).click();
    await page.getByText('Taking this one.').waitFor();
    await page
      .getByRole('group', { name: 'Change status' })
      .getByRole('button', { name: 'Developed' })
      .click();
    await page.locator('.review-state .tag-status-developed').waitFor();
    await context.close();
  });

  it('draws the graph and builds, verifies and lists a package', async () => {
    const { context, page } = await signedIn('admin');
    await page.goto(`${server.url}graph?person=${PERSONS.ben}`);
    await page.getByText(/\d+ nodes, \d+ edges/).waitFor();
    await page.waitForTimeout(500);
    await shot(page, '06-graph');
    await page.getByRole('link', { name: 'Packages' }).click();
    await page.getByRole('button', { name: 'Build packages' }).click();
    await page.getByText('approve leads first').waitFor();
    await page.getByLabel('Override reason (optional)').fill('e2e test of the package screen');
    await page.getByRole('button', { name: 'Build packages' }).click();
    await page.locator('.package-table tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Verify' }).first().click();
    await page.getByText(/Signature and \d+ files intact/).waitFor();
    await shot(page, '07-packages');
    await context.close();
  });

  it('refuses a liaison another country’s lead', async () => {
    const { context, page } = await signedIn('liaison.de');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).click();
    await page.locator('tr.lead-row').first().waitFor();
    expect(await page.locator('tr.lead-row').count()).toBe(1);
    await page.goto(`${server.url}leads/${PERSONS.carl}`);
    await page.getByText('Not available to your role').waitFor();
    await shot(page, '08-liaison-refused');
    const res = await page.request.get(`${server.url}api/persons/${PERSONS.carl}`);
    expect(res.status()).toBe(403);
    await context.close();
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
