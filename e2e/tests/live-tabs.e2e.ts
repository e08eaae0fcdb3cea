// Live updates across tabs: every tab of the reader subscribes to the timeline and the notifications,
// but the tabs share one stream per subscription (Chromium allows six HTTP/1.1 connections per host:
// two streams per tab used to leave a fourth tab waiting forever). And when the session ends
// elsewhere, the open tabs say so instead of waiting for the next click to fail.
import { randomBytes } from 'node:crypto';
import { type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, person, signUpWithInvite, stubRemoteMedia } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { createSystemInvite } from '../support/journey.js';

const webUrl = inject('webUrl');

describe('live updates in several tabs', () => {
  let browser: Browser;
  let context: BrowserContext;
  const pages: Page[] = [];
  const openStreams = new Set<Request>();

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    await stubRemoteMedia(context);
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.headers().accept === 'text/event-stream') {
        openStreams.add(request);
      }
    });
    context.on('requestfinished', (request) => openStreams.delete(request));
    context.on('requestfailed', (request) => openStreams.delete(request));
    const suffix = randomBytes(3).toString('hex');
    const code = await createSystemInvite(inject('databaseUrl'), `live-tabs-${suffix}`, 1);
    const page = await context.newPage();
    await signUpWithInvite(page, webUrl, code, person(`tabs_${suffix}`, 'Tabitha Stream'));
    pages.push(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens a fourth tab while three are live, on one stream per subscription', async () => {
    await pages[0]!.goto(`${webUrl}/timeline`);
    for (let index = 1; index < 3; index++) {
      const page = await context.newPage();
      await page.goto(`${webUrl}/timeline`);
      pages.push(page);
    }
    // Every tab's subscriptions are up (the streams are open or waiting on the leader's).
    await pages[2]!.waitForTimeout(1_000);

    const fourth = await context.newPage();
    pages.push(fourth);
    const started = Date.now();
    await fourth.goto(`${webUrl}/starred`, { timeout: 10_000 });
    await fourth
      .getByRole('link', { name: /^Notifications/ })
      .waitFor({ timeout: 10_000 - (Date.now() - started) });
    expect(Date.now() - started).toBeLessThan(10_000);

    // The timeline's and the bell's: one each, whichever tab holds them.
    expect(openStreams.size).toBe(2);
  });

  it('tells every open tab when the session ends elsewhere', async () => {
    await gql(pages[0]!, 'mutation { logOut }');

    for (const page of pages.slice(1)) {
      const banner = page.getByRole('alert').filter({ hasText: 'You were signed out' });
      await banner.waitFor({ timeout: 5_000 });
    }
    const page = pages[1]!;
    const link = page.getByRole('link', { name: 'Sign in again' });
    await expect(link.getAttribute('href')).resolves.toBe(`/login?next=${encodeURIComponent('/timeline')}`);
    await link.click();
    await page.waitForURL(`**/login?next=${encodeURIComponent('/timeline')}`);
  });
});
