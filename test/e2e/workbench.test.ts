import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signedIn as signedInAs } from './browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildE2eCase,
  E2E_PASSWORD,
  ensureWebBuilt,
  ROOT,
  serve,
  vigil,
  type E2eCase,
  type Served,
} from './workbench-server.ts';

/**
 * The workbench in a real Chromium against a real `vigil serve`: login, dashboard, search, a
 * conversation with withheld media, the audit log, and a liaison refused. Screenshots go to
 * test-artifacts/workbench/.
 */
const SHOTS = join(ROOT, 'test-artifacts/workbench');
let kase: E2eCase;
let server: Served;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [built] = await Promise.all([buildE2eCase(), ensureWebBuilt()]);
  kase = built;
  server = await serve(kase.caseDir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  kase?.remove();
});

const signedIn = (username: string): ReturnType<typeof signedInAs> =>
  signedInAs(browser, server.url, username, problems, /status of 40[34]/);

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

describe('the workbench in Chromium', () => {
  it('refuses a wrong password, then signs an analyst in to the dashboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await shot(page, '01-login');
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('wrong');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.locator('.card-value').first().waitFor();
    expect(await page.locator('.card', { hasText: 'Messages' }).textContent()).toContain('13');
    expect(await page.locator('.world-map path').count()).toBeGreaterThan(150);
    expect(await page.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'vigil_session')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
    });
    await page.locator('.live.on').waitFor();
    await shot(page, '02-dashboard');
    await context.close();
  });

  it('searches with highlighting and opens the conversation, media withheld until a logged reveal', async () => {
    const { context, page } = await signedIn('analyst');
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search messages' }).fill('payment');
    await page.keyboard.press('Enter');
    await page.getByText('3 messages match').waitFor();
    expect(await page.locator('mark.mark-hit').allTextContents()).toEqual(
      expect.arrayContaining(['payment', 'Payment']),
    );
    await shot(page, '03-search');
    // The keyboard reaches every hit: Tab into the results, then ↓.
    await page.locator('a.open-hit').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('li.hit', { has: page.locator('a.open-hit:focus') });
    expect(await focused.textContent()).toContain('carl.devries');

    await page.getByRole('searchbox', { name: 'Search messages' }).fill('"western union"');
    await page.getByLabel('Account').fill('anna.reyes');
    await page.keyboard.press('Enter');
    await page.getByText('1 message matches').waitFor();
    await page.getByRole('link', { name: 'Open conversation' }).click();
    await page.getByRole('heading', { name: 'Conversation around m003' }).waitFor();
    const anchor = page.locator('.message-anchor');
    expect(await anchor.textContent()).toContain('MTCN 4417283910');
    expect(await page.locator('.thread mark.mark-reference').first().textContent()).toBe('MTCN 4417283910');
    expect(await anchor.locator('mark.mark-hit').allTextContents()).toEqual(['Western', 'Union']);
    expect(await page.locator('.thread mark.mark-email').first().textContent()).toBe(
      'ben.keller@example.org',
    );
    expect(await page.locator('.thread mark.mark-phone').first().textContent()).toBe('+63 917 555 0142');
    const media = page.getByRole('figure', { name: 'Withheld media: photo-0001.jpg' });
    expect(await media.locator('img').count()).toBe(0);
    await shot(page, '04-conversation');
    await media.getByRole('button', { name: 'Reveal (logged)' }).click();
    await expect.poll(() => media.getByRole('status').textContent()).toContain('logged');
    await context.close();
  });

  it('shows admins the audit log with those views, and an intact chain', async () => {
    const { context, page } = await signedIn('admin');
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.locator('.audit-table tbody tr').first().waitFor();
    const actions = await page.locator('.audit-table tbody td:nth-child(4)').allTextContents();
    expect(actions).toEqual(
      expect.arrayContaining(['search', 'message.view', 'media.reveal', 'login', 'login.failed']),
    );
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText('The chain is intact.').waitFor();
    await shot(page, '05-audit');
    await context.close();
    expect(await vigil(kase.caseDir, 'audit', 'verify')).toContain('The audit log is intact');
  });

  it('refuses a liaison a search and a conversation outside their countries', async () => {
    const { context, page } = await signedIn('liaison.de');
    expect(await page.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await page.getByText('Liaison for DE').waitFor();
    await shot(page, '06-liaison-dashboard');
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search messages' }).fill('payment');
    await page.keyboard.press('Enter');
    await page.getByText('Not available to your role').waitFor();
    expect(await page.locator('.hit').count()).toBe(0);
    await shot(page, '07-liaison-search-refused');
    await page.goto(`${server.url}conversations/skype/m003`);
    await page.getByText('Not available to your role').waitFor();
    expect(await page.locator('.message').count()).toBe(0);
    await shot(page, '08-liaison-conversation-refused');
    // The API says the same when asked directly.
    const res = await page.request.get(`${server.url}api/messages/skype/m003/conversation`);
    expect(res.status()).toBe(403);
    await context.close();
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
