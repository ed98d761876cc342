import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { E2E_PASSWORD } from './workbench-server.ts';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh 1366×768 context signed in as `username`. Console errors (other than HTTP statuses the
 * test expects, matched by `expectedStatus`) and page errors are collected in `problems`.
 */
export async function signedIn(
  browser: Browser,
  url: string,
  username: string,
  problems: string[],
  expectedStatus: RegExp,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectedStatus.test(m.text())) problems.push(`${username}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${username}: ${e.message}`));
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page };
}
