// WebSub in the browser: a feed that names a hub is subscribed at the hub (through the web origin's
// /websub/* callback, forwarded to the API), and content the hub pushes reaches an open timeline live.
import { randomBytes } from 'node:crypto';
import { WebSubHub } from '@tributary/test-support';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { person, signUpWithInvite, stubRemoteMedia } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { addSourceThroughUi, createSystemInvite, putDynamic } from '../support/journey.js';

const webUrl = inject('webUrl');
const originUrl = inject('originUrl');
const suffix = randomBytes(3).toString('hex');
const lin = person(`lin_${suffix}`, 'Lin Okafor');
const feedName = `pushed-${suffix}.atom`;
const feedTitle = `Pushed Notes ${suffix}`;

function atomFeed(
  hubUrl: string,
  selfUrl: string,
  posts: { guid: string; title: string; date: Date }[],
): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${feedTitle}</title><id>urn:e2e:${suffix}</id>
<updated>${new Date().toISOString()}</updated><link rel="hub" href="${hubUrl}"/><link rel="self" href="${selfUrl}"/>
${posts
  .map(
    (post) =>
      `<entry><id>urn:e2e:${suffix}:${post.guid}</id><title>${post.title}</title><link href="https://example.org/${suffix}/${post.guid}"/><updated>${post.date.toISOString()}</updated><content type="html">&lt;p&gt;${post.title}.&lt;/p&gt;</content></entry>`,
  )
  .join('\n')}
</feed>`;
}

describe('WebSub push', () => {
  let hub: WebSubHub;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The stack allows the worker to reach this port (support/stack.ts).
    hub = await new WebSubHub().start(inject('websubHubPort'));
    browser = await launchChromium();
    const context = await browser.newContext();
    await stubRemoteMedia(context);
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows a pushed post on an open timeline as "1 new post"', async () => {
    const topic = `${originUrl}/dynamic/${feedName}`;
    const earlier = [{ guid: 'first', title: 'Before the push', date: new Date(Date.now() - 3_600_000) }];
    await putDynamic(
      originUrl,
      feedName,
      atomFeed(hub.url, topic, earlier),
      'application/atom+xml; charset=utf-8',
    );

    const code = await createSystemInvite(inject('databaseUrl'), `websub-${suffix}`);
    await signUpWithInvite(page, webUrl, code, lin);
    await expect(addSourceThroughUi(page, webUrl, topic)).resolves.toContain(feedTitle);

    // The worker subscribed at the hub, and the hub verified intent at the callback on the web origin.
    await expect.poll(() => hub.subscribersOf(topic).length, { timeout: 30_000 }).toBe(1);
    expect(hub.subscribersOf(topic)[0]!.callback).toMatch(new RegExp(`^${webUrl}/websub/[A-Za-z0-9_-]{32}$`));

    await page.goto(`${webUrl}/timeline`);
    await page.locator('.timeline').waitFor();
    await page.locator('.feed .entry').filter({ hasText: 'Before the push' }).waitFor();
    // The live stream connects after the first render.
    await page.waitForTimeout(1000);

    const pushed = [{ guid: 'pushed', title: 'Straight from the hub', date: new Date() }, ...earlier];
    const deliveries = await hub.publish(topic, atomFeed(hub.url, topic, pushed));
    expect(deliveries.map((delivery) => delivery.status)).toEqual([202]);

    const banner = page.getByRole('button', { name: /\b1 new post\b/ });
    await banner.waitFor({ timeout: 30_000 });
    await banner.click();
    await page
      .locator('.feed .entry')
      .first()
      .getByRole('link', { name: 'Straight from the hub', exact: true })
      .waitFor();
  }, 120_000);
});
