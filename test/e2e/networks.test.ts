import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SellerNetwork } from '../../src/core/network-types.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signedIn as signedInAs } from './browser.ts';
import {
  buildE2eCase,
  ensureWebBuilt,
  ROOT,
  serve,
  vigil,
  type E2eCase,
  type Served,
} from './workbench-server.ts';

/**
 * Seller networks and the change list in a real Chromium against `vigil serve`: the neutral case is
 * analysed, a second seizure (a new buyer writing to the seller and paying her) ingested and
 * analysed again. Screenshots go to test-artifacts/workbench/.
 */
const SHOTS = join(ROOT, 'test-artifacts/workbench');
let kase: E2eCase;
let server: Served;
let browser: Browser;
let secondRun: number;
const problems: string[] = [];

function writeSecondSeizure(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'messages.csv'),
    [
      'message_id,platform,conversation_id,sent_at,sender,recipients,body,attachments',
      'm401,skype,c-anna-erin,2021-07-01T10:00:00Z,erin.vogt,anna.reyes,"Hello, a friend gave me your contact.",',
      'm402,skype,c-anna-erin,2021-07-01T10:05:00Z,anna.reyes,erin.vogt,Western Union to Anna Reyes in Cebu please.,',
      'm403,skype,c-anna-erin,2021-07-01T10:20:00Z,erin.vogt,anna.reyes,"Sent 50 EUR, reference MTCN 5512093377.",',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'transactions.csv'),
    [
      'transaction_id,provider,sent_at,amount,currency,sender_name,sender_country,receiver_name,receiver_city,receiver_country',
      '5512093377,Western Union,2021-07-01T10:18:00Z,50.00,EUR,Erin Vogt,DE,Anna Reyes,Cebu City,PH',
    ].join('\n') + '\n',
  );
  // the seller's phone and login in Cebu
  writeFileSync(
    join(dir, 'locations.csv'),
    [
      'platform,handle,observed_at,lat,lon,accuracy_m,source',
      'skype,anna.reyes,2021-07-01T08:00:00Z,10.3157,123.8854,50,gps',
      'skype,anna.reyes,2021-07-02T08:00:00Z,10.3160,123.8850,50,gps',
      'skype,anna.reyes,2021-07-03T08:00:00Z,10.3159,123.8852,50,gps',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'ip_events.csv'),
    'platform,handle,ip,port,seen_at,event\nskype,anna.reyes,49.151.169.179,,2021-07-01T09:00:00Z,login\n',
  );
  return dir;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [built] = await Promise.all([buildE2eCase(), ensureWebBuilt()]);
  kase = built;
  await vigil(kase.caseDir, 'analyze', '--json');
  const report = JSON.parse(
    await vigil(kase.caseDir, 'ingest', writeSecondSeizure(join(kase.dir, 'second')), '--json'),
  ) as { run_id: number };
  secondRun = report.run_id;
  await vigil(kase.caseDir, 'analyze', '--json');
  server = await serve(kase.caseDir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  kase?.remove();
});

const signedIn = (username: string): ReturnType<typeof signedInAs> =>
  signedInAs(browser, server.url, username, problems, /status of 40[34]/);

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

describe('networks and changes in Chromium', () => {
  it('lists the networks and opens one: members, money by month, map and buyers', async () => {
    const { context, page } = await signedIn('analyst');
    await page.getByRole('link', { name: 'Networks' }).click();
    await page.getByRole('heading', { name: 'Networks' }).waitFor();
    const row = page.locator('.network-table tbody tr', { hasText: 'anna.reyes' });
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('PH');
    await shot(page, '20-networks');
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Members' }).first().waitFor();
    expect(await page.locator('.network-members tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.network-members').textContent()).toContain('skype:anna.reyes');
    // the chart draws one bar per month of the busiest currency, first month to last
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    const { network } = (await (await page.request.get(`${server.url}api/networks/${id}`)).json()) as {
      network: SellerNetwork;
    };
    const transfers = new Map<string, number>();
    for (const m of network.money_by_month)
      transfers.set(m.currency, (transfers.get(m.currency) ?? 0) + m.transfers);
    const busiest = [...transfers].sort((a, b) => b[1] - a[1])[0]![0];
    const months = network.money_by_month
      .filter((m) => m.currency === busiest)
      .map((m) => m.month)
      .sort();
    const span = (a: string, b: string): number =>
      (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5)) + 1;
    expect(await page.locator('.money-chart rect').count()).toBe(span(months[0]!, months.at(-1)!));
    expect(await page.locator('.money-chart figcaption').textContent()).toContain(busiest);
    // the map is drawn, and the Philippines, where the seller logs in and her phone is, are filled
    expect(network.locations.map((l) => l.source).sort()).toEqual(['gps', 'ip_country']);
    expect(await page.locator('.world-map path').count()).toBeGreaterThan(150);
    const filled = page.locator('.world-map path title', { hasText: /: \d+$/ });
    expect(await filled.allTextContents()).toEqual(['Philippines: 4']);
    expect(await page.locator('.network-places tbody tr', { hasText: 'PH' }).count()).toBe(2);
    expect(await page.locator('.network-buyers tbody tr').count()).toBeGreaterThan(0);
    await shot(page, '21-network-profile');
    await page.locator('.network-buyers').scrollIntoViewIfNeeded();
    await shot(page, '22-network-buyers');
    await context.close();
  });

  it('expands a buyer’s graph into the network and its other buyers', async () => {
    const { context, page } = await signedIn('analyst');
    const get = async <T>(path: string): Promise<T> =>
      (await (await page.request.get(`${server.url}${path}`)).json()) as T;
    const { networks } = await get<{ networks: { network_id: string }[] }>('api/networks');
    const id = networks[0]!.network_id;
    const { buyers } = await get<{ buyers: { person_id: string }[] }>(`api/networks/${id}`);
    const buyer = buyers[0]!.person_id;
    const sizes = async (): Promise<number> => {
      const text = (await page.locator('p', { hasText: / nodes, \d+ edges/ }).textContent()) ?? '';
      return Number(/(\d+) nodes/.exec(text)?.[1]);
    };
    await page.goto(`${server.url}graph?person=${encodeURIComponent(buyer)}`);
    await page.getByText(/ nodes, \d+ edges/).waitFor();
    const own = await sizes();
    await page.goto(
      `${server.url}graph?person=${encodeURIComponent(buyer)}&expand=${encodeURIComponent(id)}`,
    );
    await page.getByText(`with network ${id}`).waitFor();
    expect(await sizes()).toBeGreaterThan(own);
    expect(await page.getByRole('link', { name: 'Open network' }).count()).toBe(1);
    await shot(page, '25-graph-with-network');
    await context.close();
  });

  it('shows what the second seizure changed', async () => {
    const { context, page } = await signedIn('analyst');
    await page.getByRole('link', { name: 'Changes' }).click();
    await page.getByRole('heading', { name: 'Changes' }).waitFor();
    await page.locator('.card-value').first().waitFor();
    expect(await page.getByText(`the last before ingest run ${secondRun}`).count()).toBe(1);
    const added = page.locator('.change-new li', { hasText: 'Erin' });
    expect(await added.count()).toBeGreaterThan(0);
    expect(await page.locator('.change-evidence li', { hasText: 'Anna' }).count()).toBe(1);
    await shot(page, '23-changes');
    await context.close();
  });

  it('gives a liaison only networks serving their countries, and refuses the rest directly', async () => {
    const { context, page } = await signedIn('liaison.de');
    await page.getByRole('link', { name: 'Networks' }).click();
    await page.getByText('As liaison you see the networks').waitFor();
    const res = await page.request.get(`${server.url}api/networks/NW-not-theirs`);
    expect(res.status()).toBe(403);
    await shot(page, '24-liaison-networks');
    await context.close();
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
