// The one end-to-end story of issue 9, in Chromium against the whole stack: invite signup → add a
// Telegram channel, a Substack and an RSS feed → entries appear → comment and reply → share → a second
// person follows the first and sees a share arrive live → claim a source and see the badge → OPML
// export and re-import → delete the account. (reader.e2e.ts covers each reading screen in depth.)
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, person, signUpWithInvite, stubRemoteMedia } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { addSourceThroughUi, createSystemInvite, putDynamic, rssFeed } from '../support/journey.js';

const webUrl = inject('webUrl');
const originUrl = inject('originUrl');
const suffix = randomBytes(3).toString('hex');
const maya = person(`maya_${suffix}`, 'Maya Rivers');
const noor = person(`noor_${suffix}`, 'Noor Haddad');
const feedName = `maya-notes-${suffix}.xml`;
const feedTitle = `Maya’s Field Notes ${suffix}`;

function mayaFeed(description: string): string {
  const now = Date.now();
  return rssFeed({
    title: feedTitle,
    link: `${originUrl}/maya`,
    description,
    items: [
      {
        guid: 'rivers',
        title: 'Reading rivers from the air',
        body: 'Braided channels tell you where the sediment goes.',
        publishedAt: new Date(now - 3600_000),
      },
      {
        guid: 'deltas',
        title: 'Why deltas move',
        body: 'Avulsion is how a river changes its mind.',
        publishedAt: new Date(now - 7200_000),
      },
    ],
  });
}

interface TimelineData {
  timeline: { edges: { node: { id: string; title: string; source: { title: string; kind: string } } }[] };
}

describe('the journey', () => {
  let browser: Browser;
  let mayaContext: BrowserContext;
  let noorContext: BrowserContext;
  let page: Page;
  let noorPage: Page;
  let feedUrl: string;
  let entryId: string;
  let opml: string;

  beforeAll(async () => {
    browser = await launchChromium();
    mayaContext = await browser.newContext({ acceptDownloads: true });
    await mayaContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webUrl });
    await stubRemoteMedia(mayaContext);
    page = await mayaContext.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    feedUrl = await putDynamic(originUrl, feedName, mayaFeed('Notes on rivers, deltas and maps.'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs up from an invite link', async () => {
    const code = await createSystemInvite(inject('databaseUrl'), `journey-${suffix}`);
    await signUpWithInvite(page, webUrl, code, maya);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Maya Rivers');
  });

  it('adds a Telegram channel, a Substack and an RSS feed, and their entries appear', async () => {
    await expect(addSourceThroughUi(page, webUrl, `t.me/journey_${suffix}`)).resolves.toMatch(/\S/);
    await expect(addSourceThroughUi(page, webUrl, `https://journey${suffix}.substack.com`)).resolves.toMatch(
      /\S/,
    );
    await expect(addSourceThroughUi(page, webUrl, feedUrl)).resolves.toBe(feedTitle);

    await page.goto(`${webUrl}/timeline`);
    await page.locator('.feed .entry').first().waitFor();
    await page.getByText('Reading rivers from the air').first().waitFor();
    const data = await gql<TimelineData>(
      page,
      'query { timeline(first: 100) { edges { node { id title source { title kind } } } } }',
    );
    const kinds = new Set(data.timeline.edges.map((edge) => edge.node.source.kind));
    expect([...kinds].sort()).toEqual(['RSS', 'SUBSTACK', 'TELEGRAM']);
    entryId = data.timeline.edges.find((edge) => edge.node.title === 'Reading rivers from the air')!.node.id;
  }, 180_000);

  it('comments on an entry and shares it', async () => {
    await page.goto(`${webUrl}/entries/${entryId}`);
    await page.getByPlaceholder('Add a comment').fill('Braided rivers are my favourite kind.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.locator('.comment').filter({ hasText: 'favourite kind' }).waitFor();

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with your followers' });
    await dialog.getByLabel('Add a note (optional)').fill('Start here.');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Shared', exact: true }).waitFor();
  });

  it('invites a second person, who follows the first, replies, and sees a share arrive live', async () => {
    await page.goto(`${webUrl}/invites`);
    await page.getByLabel('Note (only you see it)').fill('For Noor');
    await page.getByRole('button', { name: 'Create invite' }).click();
    const row = page.locator('.invite').filter({ hasText: 'For Noor' });
    await row.waitFor();
    await row.getByRole('button', { name: /Copy link/ }).click();
    await row.getByRole('button', { name: /^Copied/ }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/signup\?invite=/);
    const code = new URL(link).searchParams.get('invite')!;

    noorContext = await browser.newContext();
    await stubRemoteMedia(noorContext);
    noorPage = await noorContext.newPage();
    await noorPage.setViewportSize({ width: 390, height: 844 });
    await signUpWithInvite(noorPage, webUrl, code, noor);
    await noorPage.getByRole('button', { name: 'Follow Maya Rivers' }).click();
    await noorPage.getByRole('button', { name: 'Following Maya Rivers' }).waitFor();

    // The invite shows who joined with it.
    await page.reload();
    await page
      .locator('.invite')
      .filter({ hasText: 'For Noor' })
      .getByRole('link', { name: /Noor Haddad/ })
      .waitFor();

    // Noor reads Maya's share and replies to her comment.
    await noorPage.goto(`${webUrl}/timeline`);
    await noorPage.getByText('Start here.').waitFor();
    await noorPage.goto(`${webUrl}/entries/${entryId}`);
    const comment = noorPage.locator('.comment').filter({ hasText: 'favourite kind' });
    await comment.getByRole('button', { name: /^Reply/ }).click();
    await noorPage.getByPlaceholder('Reply to Maya Rivers').fill('Mine too — the Waimakariri!');
    await noorPage.getByRole('button', { name: 'Reply', exact: true }).click();
    await noorPage.locator('.comment-list--replies .comment').filter({ hasText: 'Waimakariri' }).waitFor();

    // Maya shares another entry while Noor has her timeline open.
    await noorPage.goto(`${webUrl}/timeline`);
    await noorPage.locator('.feed .entry').first().waitFor();
    const other = await gql<TimelineData>(
      page,
      'query { timeline(first: 100) { edges { node { id title source { title kind } } } } }',
    );
    const deltas = other.timeline.edges.find((edge) => edge.node.title === 'Why deltas move')!.node.id;
    await page.goto(`${webUrl}/entries/${deltas}`);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with your followers' });
    await dialog.getByLabel('Add a note (optional)').fill('Deltas wander.');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Shared', exact: true }).waitFor();

    const banner = noorPage.getByRole('button', { name: /\b1 new post\b/ });
    await banner.waitFor({ timeout: 45_000 });
    await banner.click();
    await noorPage.locator('.feed .entry').first().getByText('Deltas wander.').waitFor();

    // Maya is told about the reply.
    await page.goto(`${webUrl}/notifications`);
    await page.getByText(/Noor Haddad replied to your comment/).waitFor();
  }, 180_000);

  it('claims the RSS feed: code, publish it, check now, and the badge appears everywhere', async () => {
    await page.goto(`${webUrl}/entries/${entryId}`);
    await page.getByRole('link', { name: /Is this yours\?/ }).click();
    await page.waitForURL(/\/settings\/claims\/new\?source=/);
    await page.getByRole('button', { name: 'Get my code' }).click();
    const code = (await page.locator('.code-box__code').innerText()).trim();
    expect(code.length).toBeGreaterThan(8);
    await expect(page.locator('.way').count()).resolves.toBeGreaterThan(0);

    // Checking before publishing says why it failed.
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByText('The code was not found yet.').waitFor({ timeout: 30_000 });

    // Maya puts the code in her feed's description, where only its owner can.
    await putDynamic(originUrl, feedName, mayaFeed(`Notes on rivers, deltas and maps. ${code}`));
    await page.getByRole('button', { name: 'Check now' }).click();
    await page
      .getByRole('heading', { name: `Verified — ${feedTitle} is yours` })
      .waitFor({ timeout: 30_000 });

    // The badge: on the entry, on her comment (marked as the author's), on her creator page.
    await page.goto(`${webUrl}/entries/${entryId}`);
    await expect(page.locator('.reader__source-name .verified-badge').getAttribute('title')).resolves.toBe(
      'Verified source',
    );
    await page.locator('.comment').filter({ hasText: 'favourite kind' }).getByText('Author').waitFor();
    await page.getByRole('link', { name: 'See your creator page' }).count();
    await page.goto(`${webUrl}/c/${maya.handle}`);
    await page.getByRole('heading', { level: 1, name: /Maya Rivers/ }).waitFor();
    await page.locator('.creator-source').filter({ hasText: feedTitle }).locator('.verified-badge').waitFor();
    // Feed readers find her feeds from the page.
    await expect(
      page.locator('link[rel="alternate"][type="application/rss+xml"]').count(),
    ).resolves.toBeGreaterThan(0);
    await page.getByText('Reading rivers from the air').first().waitFor();
  }, 120_000);

  it('exports OPML, and the file imports elsewhere with per-line results', async () => {
    await page.goto(`${webUrl}/settings/opml`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download OPML' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.opml$/);
    opml = await readFile((await download.path()), 'utf8');
    expect(opml).toContain('<opml');
    expect(opml).toContain(feedName);

    await noorPage.goto(`${webUrl}/settings/opml`);
    await noorPage
      .getByLabel('OPML file')
      .setInputFiles({ name: 'maya.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    await noorPage.getByRole('button', { name: 'Import' }).click();
    await noorPage.waitForURL(/\/settings\/opml\/[0-9a-f-]{36}$/);
    await noorPage.getByRole('status').filter({ hasText: 'Import finished' }).waitFor({ timeout: 90_000 });
    const lines = noorPage.locator('.result');
    await expect(lines.count()).resolves.toBe(3);
    await noorPage.locator('.result--ok').filter({ hasText: feedTitle }).waitFor();

    // Importing it again changes nothing: every line is already there.
    await noorPage.goto(`${webUrl}/settings/opml`);
    await noorPage.getByLabel('Paste its contents').check();
    await noorPage.getByLabel('OPML', { exact: true }).fill(opml);
    await noorPage.getByRole('button', { name: 'Import' }).click();
    await noorPage.getByRole('status').filter({ hasText: 'Import finished' }).waitFor({ timeout: 90_000 });
    await noorPage.locator('.result--same').filter({ hasText: feedTitle }).waitFor();
    await expect(noorPage.locator('.result--ok').count()).resolves.toBe(0);
  }, 180_000);

  it('deletes the account after a confirmation, and signs out', async () => {
    await page.goto(`${webUrl}/settings/delete`);
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    const confirm = dialog.getByRole('button', { name: 'Delete account' });
    await dialog.getByLabel('Password').fill(maya.password);
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Your handle').fill(maya.handle);
    await confirm.click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.goto(`${webUrl}/timeline`);
    await page.waitForURL(/\/login/);
    const me = await gql<{ me: null | { id: string } }>(page, 'query { me { id } }');
    expect(me.me).toBeNull();

    // Her comment stays as a tombstone in Noor's thread; her profile is gone.
    await noorPage.goto(`${webUrl}/entries/${entryId}`);
    await noorPage.getByRole('button', { name: 'Show 1 reply' }).click();
    await noorPage.locator('.comment-list--replies .comment').filter({ hasText: 'Waimakariri' }).waitFor();
    await expect(noorPage.getByText('favourite kind').count()).resolves.toBe(0);
    const response = await noorPage.goto(`${webUrl}/u/${maya.handle}`);
    expect(response?.status()).toBe(404);
    await noorContext.close();
  }, 60_000);
});
