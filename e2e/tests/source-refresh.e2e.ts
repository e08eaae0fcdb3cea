// "Refresh" on a source page, in Chromium against the whole stack: the fetch runs while the button says
// "Refreshing…", then the page says what it found (here: two new posts) and shows them, with when the
// next fetch is due and why.
import { randomBytes } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, person, signUpWithInvite, stubRemoteMedia } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { addSourceThroughUi, createSystemInvite, putDynamic, rssFeed } from '../support/journey.js';

const webUrl = inject('webUrl');
const originUrl = inject('originUrl');
const suffix = randomBytes(3).toString('hex');
const rosa = person(`rosa_${suffix}`, 'Rosa Tide');
const feedName = `tide-log-${suffix}.xml`;
const feedTitle = `Tide Log ${suffix}`;

function tideFeed(titles: string[]): string {
  const now = Date.now();
  return rssFeed({
    title: feedTitle,
    link: `${originUrl}/tide`,
    description: 'High water, low water.',
    items: titles.map((title, index) => ({
      guid: title.toLowerCase().replaceAll(' ', '-'),
      title,
      body: `${title}.`,
      publishedAt: new Date(now - (index + 1) * 600_000),
    })),
  });
}

describe('refreshing a source', () => {
  let browser: Browser;
  let page: Page;
  let feedUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext();
    await stubRemoteMedia(context);
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    feedUrl = await putDynamic(originUrl, feedName, tideFeed(['Spring tide']));
    await signUpWithInvite(
      page,
      webUrl,
      await createSystemInvite(inject('databaseUrl'), `refresh-${suffix}`, 1),
      rosa,
    );
    await expect(addSourceThroughUi(page, webUrl, feedUrl)).resolves.toBe(feedTitle);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fetches now and shows the result: new posts, and when the next fetch is due and why', async () => {
    const { subscriptions } = await gql<{ subscriptions: { source: { id: string; title: string } }[] }>(
      page,
      'query { subscriptions { source { id title } } }',
    );
    const sourceId = subscriptions.find((item) => item.source.title === feedTitle)!.source.id;
    await page.goto(`${webUrl}/sources/${sourceId}`);
    await page.getByText(/Next fetch in about .*: /).waitFor();
    await expect(page.getByText('Neap tide').count()).resolves.toBe(0);

    // The feed posts twice; Refresh fetches it at once.
    await putDynamic(originUrl, feedName, tideFeed(['Neap tide', 'King tide', 'Spring tide']));
    await page.getByRole('button', { name: `Refresh ${feedTitle}` }).click();
    const status = page.locator('.source-refresh__status');
    await status.filter({ hasText: '2 new posts.' }).waitFor({ timeout: 20_000 });
    await page.getByText('Neap tide').first().waitFor({ timeout: 10_000 });
    await expect(page.getByText('King tide').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.source-health').innerText()).resolves.toMatch(/Last result\s+2 new posts\./);
  });
});
