// The core reader in a real browser against the real stack: invite signup, adding sources on three
// platforms, the views, the reader with comments and replies, sharing, the keyboard, and a second
// person who follows the first and sees a share arrive live.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, person, seriousA11yViolations, signUpWithInvite, stubRemoteMedia } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';

const webUrl = inject('webUrl');
const originUrl = inject('originUrl');
const ada = person('ada', 'Ada Lovelace');
const grace = person('grace', 'Grace Hopper');

const SOURCES = {
  telegram: 't.me/lantern_quay',
  substack: 'https://quillmere.substack.com',
  articles: `${originUrl}/files/atom/long-essays.xml`,
  social: `${originUrl}/files/rss/untitled-posts.xml`,
  podcast: `${originUrl}/files/rss/podcast.xml`,
};

async function newPage(context: BrowserContext, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  return page;
}

async function addSource(page: Page, input: string, folder?: string): Promise<string> {
  await page.goto(`${webUrl}/add`);
  await page.getByLabel('Website, feed, Substack, Telegram channel or X account').fill(input);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.locator('section.preview');
  await preview.waitFor({ timeout: 30_000 });
  const title = (await preview.locator('.preview__title').innerText()).trim();
  if (folder) await page.getByLabel('Folder (optional)').fill(folder);
  const subscribe = page.getByRole('button', { name: 'Subscribe' });
  await subscribe.click();
  // The first fetch runs while the button is disabled: no double submit.
  await page.getByRole('status').filter({ hasText: 'Subscribed to' }).waitFor({ timeout: 45_000 });
  return title;
}

describe('the reader', () => {
  let browser: Browser;
  let adaContext: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    adaContext = await browser.newContext();
    await stubRemoteMedia(adaContext);
    page = await newPage(adaContext);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs up from an invite link (code prefilled) and lands on the welcome page', async () => {
    await page.goto(`${webUrl}/signup?invite=${inject('inviteCode')}`);
    await expect(page.getByLabel('Invite code').inputValue()).resolves.toBe(inject('inviteCode'));
    await signUpWithInvite(page, webUrl, inject('inviteCode'), ada);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Welcome, Ada Lovelace');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('adds a Telegram channel, a Substack and web feeds, with a preview first', async () => {
    await expect(addSource(page, SOURCES.telegram)).resolves.toMatch(/Ночной маяк/);
    await expect(addSource(page, SOURCES.substack, 'Newsletters')).resolves.toMatch(/Quillmere/);
    await expect(addSource(page, SOURCES.articles, 'Blogs')).resolves.toMatch(/keeper!notes/);
    await addSource(page, SOURCES.social);
    await addSource(page, SOURCES.podcast);

    // The sidebar lists them, in their folders.
    const sidebar = page.getByRole('navigation', { name: 'Reading' });
    await expect(sidebar.getByRole('link', { name: /Blogs/ }).count()).resolves.toBe(1);
    await expect(sidebar.getByRole('link', { name: /keeper!notes/ }).count()).resolves.toBe(1);
  });

  it('asks which platform a bare @handle is on, and explains sources it cannot follow', async () => {
    await page.goto(`${webUrl}/add`);
    const input = page.getByLabel('Website, feed, Substack, Telegram channel or X account');
    await input.fill('@somechannel');
    await expect(page.getByRole('group', { name: /Where does @somechannel publish/ }).isVisible()).resolves.toBe(true);
    await input.fill(`${originUrl}/files/no-such-feed.xml`);
    await page.getByRole('button', { name: 'Preview' }).click();
    const alert = page.locator('.form__error');
    await alert.waitFor({ timeout: 30_000 });
    expect((await alert.innerText()).length).toBeGreaterThan(10);
  });

  it('shows entries in the right views', async () => {
    await page.goto(`${webUrl}/timeline`);
    await expect(page.locator('.feed .entry').count()).resolves.toBeGreaterThan(5);

    await page.goto(`${webUrl}/timeline?view=articles&folder=Blogs`);
    await expect(page.locator('.feed--articles').innerText()).resolves.toContain('Append-Only Ledgers for Careful Keepers');

    await page.goto(`${webUrl}/timeline?view=social`);
    await expect(page.locator('.feed--social .entry').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.feed--social').innerText()).resolves.not.toContain('Append-Only Ledgers for Careful Keepers');

    await page.goto(`${webUrl}/timeline?view=audio`);
    await expect(page.locator('.feed--media audio').count()).resolves.toBeGreaterThan(0);

    await page.goto(`${webUrl}/timeline?view=pictures`);
    const tiles = page.locator('.feed--grid .tile__button');
    await expect(tiles.count()).resolves.toBeGreaterThan(1);
    expect(await tiles.first().locator('img').getAttribute('alt')).toMatch(/Picture/);

    // The lightbox: opens on a tile, ← / → move, Esc closes and focus returns.
    await tiles.first().click();
    const viewer = page.getByRole('dialog', { name: 'Picture viewer' });
    await viewer.waitFor();
    await expect(viewer.getByText(/^1 \/ \d+$/).count()).resolves.toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect(viewer.getByText(/^2 \/ \d+$/).count()).resolves.toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.classList.contains('tile__button'))).resolves.toBe(true);

    // Filters live in the URL: a folder link is shareable and the back button works.
    await page.getByRole('navigation', { name: 'Reading' }).getByRole('link', { name: /Blogs/ }).click();
    await page.waitForURL(/folder=Blogs/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Blogs');
    await page.goBack();
    await page.waitForURL(/view=pictures/);
  });

  it('opens an entry, comments, replies, edits and deletes (a tombstone stays)', async () => {
    await page.goto(`${webUrl}/timeline?view=articles&folder=Blogs`);
    await page.getByRole('link', { name: 'Append-Only Ledgers for Careful Keepers', exact: true }).click();
    // Wide screen: the reader opens as a panel beside the list.
    const panel = page.getByRole('complementary', { name: 'Reader' });
    await panel.getByRole('heading', { name: 'Append-Only Ledgers for Careful Keepers' }).waitFor();
    await panel.getByRole('link', { name: 'Open as a page' }).click();
    await page.waitForURL(/\/entries\//);
    await expect(page.locator('.prose').innerText()).resolves.toMatch(/A lighthouse log can be trusted/);

    await page.getByPlaceholder('Add a comment').fill('A lovely explanation of tamper-evident logs.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = page.locator('.comment').filter({ hasText: 'tamper-evident' });
    await comment.waitFor();

    await comment.getByRole('button', { name: /^Reply/ }).click();
    await page.getByPlaceholder('Reply to Ada Lovelace').fill('Replying to myself: see also Certificate Transparency.');
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    const reply = page.locator('.comment-list--replies .comment').filter({ hasText: 'Certificate Transparency' });
    await reply.waitFor();

    // After a reload the thread comes from the server: the reply is one click away.
    await page.reload();
    await page.getByRole('button', { name: 'Show 1 reply' }).click();
    await reply.waitFor();
    await reply.getByRole('button', { name: /More actions/ }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.locator('.comment--tombstone').getByText('This comment was deleted.').waitFor();
  });

  it('shares with a note', async () => {
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with your followers' });
    await dialog.getByLabel('Add a note (optional)').fill('Worth your time.');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Shared', exact: true }).waitFor();
  });

  it('reads with the keyboard: j/k move, m marks read, s stars, ? shows help', async () => {
    await page.goto(`${webUrl}/timeline?view=articles&unread=1`);
    const items = page.locator('.feed .entry');
    await items.first().waitFor();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000); // the server-rendered list is visible before its key handler is attached
    await page.keyboard.press('j');
    await expect(items.nth(0).getAttribute('aria-current')).resolves.toBe('true');
    await page.keyboard.press('j');
    await expect(items.nth(1).getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).resolves.toBe('true');
    await page.keyboard.press('k');
    await expect(items.nth(0).getAttribute('aria-current')).resolves.toBe('true');

    const id = await items.nth(0).getAttribute('data-entry-id');
    await page.keyboard.press('m');
    await page.waitForFunction((entryId) => document.querySelector(`[data-entry-id="${entryId}"]`)?.getAttribute('data-read') === 'true', id);
    await page.keyboard.press('s');
    await items.nth(0).locator('button[aria-pressed="true"][aria-label^="Unstar"]').waitFor();
    await page.locator('.toast').filter({ hasText: 'Starred' }).waitFor();

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');

    // The server kept both.
    const state = await gql<{ entry: { viewerHasRead: boolean; viewerHasStarred: boolean } }>(
      page,
      'query($id: ID!) { entry(id: $id) { viewerHasRead viewerHasStarred } }',
      { id },
    );
    expect(state.entry).toEqual({ viewerHasRead: true, viewerHasStarred: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets an invited second person follow the first and see a share arrive live', async () => {
    const invite = await gql<{ createInvite: { code: string } }>(page, 'mutation { createInvite { code } }');
    const graceContext = await browser.newContext();
    await stubRemoteMedia(graceContext);
    const gracePage = await newPage(graceContext, 390);
    await signUpWithInvite(gracePage, webUrl, invite.createInvite.code, grace);

    // Onboarding suggests the person who invited you.
    await gracePage.getByRole('button', { name: 'Follow Ada Lovelace' }).click();
    await gracePage.getByRole('button', { name: 'Following Ada Lovelace' }).waitFor();
    // The button answers at once; the timeline must be opened once the follow has been stored, or it
    // renders without Ada's shares and counts them as new later.
    await expect
      .poll(async () => (await gql<{ user: { viewerIsFollowing: boolean } }>(gracePage, '{ user(handle: "ada") { viewerIsFollowing } }')).user.viewerIsFollowing)
      .toBe(true);

    await gracePage.goto(`${webUrl}/timeline`);
    await gracePage.locator('.timeline').waitFor();
    await gracePage.waitForTimeout(1000);

    // Ada shares something she has not shared before while Grace is reading (re-sharing only edits the
    // note of the existing share, which is already in Grace's timeline).
    const social = await gql<{ timeline: { edges: { node: { id: string; viewerHasShared: boolean } }[] } }>(
      page,
      'query { timeline(first: 20, filter: { view: SOCIAL }) { edges { node { id viewerHasShared } } } }',
    );
    const fresh = social.timeline.edges.find((edge) => !edge.node.viewerHasShared);
    expect(fresh).toBeDefined();
    await gql(page, 'mutation($id: ID!) { share(input: { entryId: $id, note: "Look at this one" }) { id } }', {
      id: fresh!.node.id,
    });

    const banner = gracePage.getByRole('button', { name: /\b1 new post\b/ });
    await banner.waitFor({ timeout: 45_000 });
    await banner.click();
    await gracePage.locator('.feed .entry').first().getByText('Look at this one').waitFor();
    await expect(gracePage.locator('.feed .entry').first().innerText()).resolves.toContain('Ada Lovelace');

    // Ada has a notification: a new follower.
    await page.goto(`${webUrl}/notifications`);
    await page.getByText('Grace Hopper followed you').waitFor();
    await graceContext.close();
  }, 120_000);

  // UPDATE_SCREENSHOTS=1 refreshes docs/screenshots: every main screen, phone and desktop, light and dark.
  it.runIf(process.env.UPDATE_SCREENSHOTS === '1')(
    'takes screenshots of the main screens',
    async () => {
      const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
      mkdirSync(out, { recursive: true });
      const visitor = await browser.newContext();
      const entryId = (
        await gql<{ timeline: { edges: { node: { id: string } }[] } }>(
          page,
          'query { timeline(first: 1, filter: { view: ARTICLES, folder: "Blogs" }) { edges { node { id } } } }',
        )
      ).timeline.edges[0]!.node.id;
      for (const theme of ['light', 'dark'] as const) {
        for (const context of [adaContext, visitor]) {
          await context.addCookies([{ name: 'tributary-theme', value: theme, url: webUrl }]);
        }
        for (const width of [390, 1280]) {
          const shot = async (target: Page, name: string) => {
            // Live updates keep a stream open, so "network idle" never comes: settle briefly instead.
            await target.waitForLoadState('load');
            await target.waitForTimeout(700);
            await target.screenshot({ path: path.join(out, `${name}-${width}-${theme}.png`) });
          };
          const guest = await newPage(visitor, width);
          await guest.goto(`${webUrl}/login`);
          await shot(guest, 'login');
          await guest.goto(`${webUrl}/signup?invite=WELCOME-2026`);
          await shot(guest, 'signup');
          await guest.close();

          const p = await newPage(adaContext, width);
          await p.goto(`${webUrl}/welcome`);
          await shot(p, 'welcome');
          for (const view of ['all', 'articles', 'social', 'pictures', 'audio']) {
            await p.goto(`${webUrl}/timeline${view === 'all' ? '' : `?view=${view}`}`);
            await shot(p, `timeline-${view}`);
          }
          await p.goto(`${webUrl}/timeline?view=pictures`);
          await p.waitForTimeout(800);
          await p.locator('.tile__button').first().click();
          await p.getByRole('dialog', { name: 'Picture viewer' }).waitFor();
          await shot(p, 'lightbox');
          await p.keyboard.press('Escape');
          if (width === 1280) {
            await p.goto(`${webUrl}/timeline?view=articles&folder=Blogs`);
            await p.locator('.entry__link').first().click();
            await p.getByRole('complementary', { name: 'Reader' }).locator('.reader').waitFor();
            await shot(p, 'reader-panel');
          } else {
            await p.goto(`${webUrl}/timeline`);
            await p.getByRole('button', { name: 'Sidebar' }).click();
            await p.waitForTimeout(300);
            await shot(p, 'drawer');
          }
          await p.goto(`${webUrl}/entries/${entryId}`);
          await shot(p, 'entry');
          await p.locator('#comments').scrollIntoViewIfNeeded();
          await shot(p, 'comments');
          await p.goto(`${webUrl}/add`);
          await p.getByLabel('Website, feed, Substack, Telegram channel or X account').fill(SOURCES.telegram);
          await p.getByRole('button', { name: 'Preview' }).click();
          await p.locator('section.preview').waitFor({ timeout: 30_000 });
          await shot(p, 'add-source');
          await p.goto(`${webUrl}/u/ada`);
          await shot(p, 'profile');
          await p.goto(`${webUrl}/notifications`);
          await shot(p, 'notifications');
          await p.close();
        }
      }
      await visitor.close();
    },
    600_000,
  );
});
