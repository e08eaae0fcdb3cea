// Accessibility of the account, community and discovery screens: axe-core (WCAG 2.1 A/AA) finds no
// serious or critical violation in light or dark, on a phone or a desktop. With UPDATE_SCREENSHOTS=1
// the same walk refreshes docs/screenshots (390 and 1280 px, light and dark).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, person, seriousA11yViolations, signUpWithInvite, stubRemoteMedia } from '../support/app.js';
import { launchChromium } from '../support/chromium.js';
import { createSystemInvite, putDynamic, rssFeed } from '../support/journey.js';
import { seedAdminLists } from '../support/admin-seed.js';

const webUrl = inject('webUrl');
const originUrl = inject('originUrl');
const suffix = randomBytes(3).toString('hex');
const lin = person(`lin_${suffix}`, 'Lin Okafor');
const kai = person(`kai_${suffix}`, 'Kai Moreno');
const isUpdatingScreenshots = process.env.UPDATE_SCREENSHOTS === '1';
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

function feed(title: string, description: string, topic: string): string {
  const now = Date.now();
  return rssFeed({
    title,
    link: `${originUrl}/${topic}`,
    description,
    items: [
      {
        guid: `${topic}-1`,
        title: `Tide tables and the ${topic} coast`,
        body: `Spring tides along the ${topic} coast reach their peak twice a month, when the sun and the moon line up.`,
        publishedAt: new Date(now - 1800_000),
      },
      {
        guid: `${topic}-2`,
        title: `Field notes: ${topic} estuaries`,
        body: 'Salt marshes trap sediment and slow the tide; estuaries breathe twice a day.',
        publishedAt: new Date(now - 5400_000),
      },
      {
        guid: `${topic}-3`,
        title: 'Maps that lie, a little',
        body: 'Every projection distorts something; choose what you can afford to lose.',
        publishedAt: new Date(now - 9000_000),
      },
    ],
  });
}

interface Screen {
  name: string;
  path: string;
  /** Runs after the page loads (open a dialog, wait for a result…). */
  prepare?: (page: Page) => Promise<void>;
  as?: 'lin' | 'kai';
}

describe('accessibility of the account, community and discovery screens', () => {
  let browser: Browser;
  let linContext: BrowserContext;
  let kaiContext: BrowserContext;
  let lp: Page;
  let kp: Page;
  const ids = { importId: '', claimSource: '', ownSource: '' };
  let seeded: Awaited<ReturnType<typeof seedAdminLists>>;

  beforeAll(async () => {
    browser = await launchChromium();
    linContext = await browser.newContext();
    kaiContext = await browser.newContext();
    await stubRemoteMedia(linContext);
    await stubRemoteMedia(kaiContext);
    lp = await linContext.newPage();
    kp = await kaiContext.newPage();
    await lp.setViewportSize({ width: 1280, height: 900 });
    await kp.setViewportSize({ width: 1280, height: 900 });

    // Lin (an administrator) and Kai, whom Lin invited.
    await signUpWithInvite(
      lp,
      webUrl,
      await createSystemInvite(inject('databaseUrl'), `a11y-${suffix}`, 1),
      lin,
    );
    await gql(lp, 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', {
      input: { bio: 'Coastal geographer. I write about tides, estuaries and maps.' },
    });
    const invite = await gql<{ createInvite: { code: string } }>(
      lp,
      'mutation { createInvite(input: { note: "For Kai" }) { code } }',
    );
    await gql(
      lp,
      'mutation { createInvite(input: { note: "Reading group", maxUses: 10, expiresInDays: 30 }) { code } }',
    );
    const spare = await gql<{ createInvite: { id: string } }>(
      lp,
      'mutation { createInvite(input: { note: "Spare" }) { id } }',
    );
    await gql(lp, 'mutation($id: ID!) { revokeInvite(id: $id) { id } }', { id: spare.createInvite.id });
    await signUpWithInvite(kp, webUrl, invite.createInvite.code, kai);

    // Sources: Lin's own feed (which she verifies), another one she starts to claim, a channel Kai reads.
    const own = await putDynamic(
      originUrl,
      `lin-${suffix}.xml`,
      feed('Tidelines', 'Notes from the shore.', 'north'),
    );
    const other = await putDynamic(
      originUrl,
      `estuary-${suffix}.xml`,
      feed('Estuary Weekly', 'A newsletter about estuaries.', 'south'),
    );
    const subscribe =
      'mutation($source: String!) { subscribe(input: { source: $source }) { source { id } } }';
    const ownSource = (await gql<{ subscribe: { source: { id: string } } }>(lp, subscribe, { source: own }))
      .subscribe.source.id;
    ids.ownSource = ownSource;
    ids.claimSource = (
      await gql<{ subscribe: { source: { id: string } } }>(lp, subscribe, { source: other })
    ).subscribe.source.id;
    await gql(kp, subscribe, { source: own });
    await gql(kp, subscribe, { source: `t.me/kai_reads_${suffix}` });
    await gql(kp, 'mutation($h: String!) { follow(handle: $h) { id } }', { h: lin.handle });
    await gql(lp, 'mutation($h: String!) { follow(handle: $h) { id } }', { h: kai.handle });

    const claim = await gql<{ startClaim: { id: string; code: string } }>(
      lp,
      'mutation($id: ID!) { startClaim(sourceId: $id) { id code } }',
      { id: ownSource },
    );
    await putDynamic(
      originUrl,
      `lin-${suffix}.xml`,
      feed('Tidelines', `Notes from the shore. ${claim.startClaim.code}`, 'north'),
    );
    await gql(lp, 'mutation($id: ID!) { checkClaim(claimId: $id) { status } }', { id: claim.startClaim.id });
    await gql(lp, 'mutation($id: ID!) { startClaim(sourceId: $id) { id } }', { id: ids.claimSource });

    // Conversation: Kai comments, shares; Lin reports Kai's comment (so the admin queue has one).
    const entries = await gql<{ timeline: { edges: { node: { id: string } }[] } }>(
      kp,
      'query { timeline(first: 5) { edges { node { id } } } }',
    );
    const entryId = entries.timeline.edges[0]!.node.id;
    const comment = await gql<{ addComment: { id: string } }>(
      kp,
      'mutation($id: ID!) { addComment(input: { entryId: $id, body: "Buy cheap watches at example.test!!!" }) { id } }',
      { id: entryId },
    );
    await gql(
      kp,
      'mutation($id: ID!) { share(input: { entryId: $id, note: "The best tide explainer" }) { id } }',
      { id: entryId },
    );
    await gql(lp, 'mutation($id: ID!) { reportComment(id: $id, reason: "Spam") { id } }', {
      id: comment.addComment.id,
    });

    // An OPML import (with one feed that cannot be followed) and a data export.
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Lin</title></head><body>
      <outline text="Coast" title="Coast">
        <outline type="rss" text="Tidelines" xmlUrl="${own}"/>
        <outline type="rss" text="Estuary Weekly" xmlUrl="${other}"/>
      </outline>
      <outline type="rss" text="Gone away" xmlUrl="${originUrl}/dynamic/missing-${suffix}.xml"/>
    </body></opml>`;
    ids.importId = (
      await gql<{ importOpml: { id: string } }>(
        lp,
        'mutation($o: String!) { importOpml(opml: $o, fileName: "lin.opml") { id } }',
        { o: opml },
      )
    ).importOpml.id;
    await gql(lp, 'mutation { requestDataExport { id } }');

    // More sources and invites than one admin page holds, some failing and gone (never fetched here).
    seeded = await seedAdminLists(inject('databaseUrl'), suffix, kai.handle);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  const screens: Screen[] = [
    { name: 'settings-profile', path: '/settings' },
    { name: 'settings-password', path: '/settings/password' },
    { name: 'settings-sessions', path: '/settings/sessions' },
    { name: 'settings-opml', path: '/settings/opml' },
    {
      name: 'settings-opml-import',
      path: '/settings/opml/:import',
      prepare: (page) =>
        page.getByRole('status').filter({ hasText: 'Import finished' }).waitFor({ timeout: 60_000 }),
    },
    {
      name: 'settings-data',
      path: '/settings/data',
      prepare: (page) =>
        page
          .getByRole('link', { name: /^Download/ })
          .first()
          .waitFor({ timeout: 30_000 }),
    },
    { name: 'settings-claims', path: '/settings/claims' },
    { name: 'claim-wizard', path: '/settings/claims/new?source=:claim' },
    {
      name: 'settings-delete',
      path: '/settings/delete',
      prepare: async (page) => {
        await page.getByRole('button', { name: 'Delete my account…' }).click();
        await page.getByRole('dialog').waitFor();
      },
    },
    { name: 'invites', path: '/invites' },
    { name: 'admin-users', path: '/admin/users' },
    { name: 'admin-invites', path: '/admin/invites' },
    { name: 'admin-reports', path: '/admin/reports' },
    { name: 'admin-sources', path: '/admin/sources' },
    { name: 'discover', path: '/discover' },
    {
      name: 'search',
      path: '/search?q=tide',
      prepare: (page) => page.locator('.hit').first().waitFor({ timeout: 30_000 }),
    },
    { name: 'creator', path: `/c/${lin.handle}` },
    {
      name: 'search-filters',
      path: '/search?q=tide&source=:own&from=2020-01-01',
      prepare: (page) => page.locator('.hit').first().waitFor({ timeout: 30_000 }),
    },
    { name: 'source', path: '/sources/:claim' },
  ];

  const open = async (screen: Screen, width: number): Promise<Page> => {
    const page = screen.as === 'kai' ? kp : lp;
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    const target = screen.path
      .replace(':import', ids.importId)
      .replace(':claim', ids.claimSource)
      .replace(':own', ids.ownSource);
    const response = await page.goto(`${webUrl}${target}`);
    expect(response?.status(), `${screen.name} answered ${response?.status()}`).toBe(200);
    await page.locator('main h1').first().waitFor();
    await screen.prepare?.(page);
    // Not 'networkidle': the live-update stream stays open on every signed-in page.
    await page.waitForLoadState('load');
    return page;
  };

  it('finds no serious or critical violation on any of them, in light and dark, on phones and desktops', async () => {
    const problems: Record<string, unknown> = {};
    for (const [theme, width] of [
      ['light', 1280],
      ['dark', 390],
    ] as const) {
      await linContext.addCookies([{ name: 'tributary-theme', value: theme, url: webUrl }]);
      for (const screen of screens) {
        const page = await open(screen, width);
        const violations = await seriousA11yViolations(page);
        if (violations.length > 0) problems[`${screen.name}-${width}-${theme}`] = violations;
        if (screen.name === 'settings-delete') await page.keyboard.press('Escape');
      }
    }
    expect(problems).toEqual({});
  }, 600_000);

  it.runIf(isUpdatingScreenshots)(
    'takes screenshots of every screen at 390 and 1280 px, light and dark',
    async () => {
      mkdirSync(screenshots, { recursive: true });
      for (const theme of ['light', 'dark'] as const) {
        await linContext.addCookies([{ name: 'tributary-theme', value: theme, url: webUrl }]);
        for (const width of [390, 1280]) {
          for (const screen of screens) {
            const page = await open(screen, width);
            await page.waitForTimeout(250);
            await page.screenshot({ path: path.join(screenshots, `${screen.name}-${width}-${theme}.png`) });
            if (screen.name === 'settings-delete') await page.keyboard.press('Escape');
          }
        }
      }
    },
    600_000,
  );

  it('lists every source and invite to an administrator, a page at a time, with filters and actions', async () => {
    await lp.setViewportSize({ width: 1280, height: 900 });
    await linContext.addCookies([{ name: 'tributary-theme', value: 'light', url: webUrl }]);
    const rowsOf = (page: Page) => page.locator('.card .rows > li');

    // Sources: the ones needing attention first; 30 a page; filter by status; fetch one now.
    await lp.goto(`${webUrl}/admin/sources`);
    await expect.poll(() => rowsOf(lp).count()).toBe(30);
    await expect.poll(() => rowsOf(lp).first().locator('.status').textContent()).toBe('Failing');
    const more = lp.getByRole('button', { name: 'Load more sources' });
    for (let pages = 1; (await more.count()) > 0; pages += 1) {
      expect(pages).toBeLessThan(20);
      await more.click();
      await expect.poll(() => rowsOf(lp).count()).toBeGreaterThan(pages * 30);
      await expect.poll(() => more.isDisabled().catch(() => false)).toBe(false);
    }
    // Every source once: their links name them by id.
    const links = await rowsOf(lp)
      .locator('.row__title a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(new Set(links).size).toBe(links.length);
    const titles = await rowsOf(lp).locator('.row__title a').allTextContents();
    for (const title of seeded.sourceTitles) expect(titles).toContain(title);

    await lp.getByRole('navigation', { name: 'Source status' }).getByRole('link', { name: 'Gone' }).click();
    await lp.waitForURL('**/admin/sources?status=GONE');
    await expect
      .poll(async () => new Set(await rowsOf(lp).locator('.status').allTextContents()))
      .toEqual(new Set(['Gone']));
    expect(await seriousA11yViolations(lp)).toEqual([]);
    await lp
      .getByRole('navigation', { name: 'Source status' })
      .getByRole('link', { name: 'Failing' })
      .click();
    await lp.waitForURL('**/admin/sources?status=FAILING');
    const failing = rowsOf(lp).filter({ hasText: seeded.failingTitle });
    await expect.poll(() => failing.locator('.row__detail--error').textContent()).toMatch(/503/);
    await failing.getByRole('button', { name: `Fetch now ${seeded.failingTitle}` }).click();
    await lp.getByText(`Fetch of ${seeded.failingTitle} queued`).waitFor();

    // Invites: everyone's, newest first, with who made each and who joined; revoke anyone's.
    await lp.goto(`${webUrl}/admin/invites`);
    await expect.poll(() => rowsOf(lp).count()).toBe(30);
    const forKai = rowsOf(lp).filter({ hasText: 'For Kai' });
    await expect.poll(() => forKai.locator('.invite__joined').textContent()).toContain(kai.name);
    await expect.poll(() => forKai.getByRole('link', { name: `@${lin.handle}` }).count()).toBe(1);
    await lp.getByRole('button', { name: 'Load more invites' }).click();
    await expect.poll(() => rowsOf(lp).count()).toBeGreaterThan(30);
    const byKai = rowsOf(lp).filter({ hasText: seeded.memberInviteCode });
    await byKai.getByRole('link', { name: `@${kai.handle}` }).waitFor();
    expect(await byKai.textContent()).not.toContain('Neighbour'); // the member's private note
    await byKai.getByRole('button', { name: /^Revoke/ }).click();
    await expect.poll(() => byKai.locator('.status').textContent()).toBe('Revoked');
    expect(await seriousA11yViolations(lp)).toEqual([]);
  });

  it('shows unread counts beside the sources in the sidebar and lowers them as entries are read', async () => {
    await lp.setViewportSize({ width: 1280, height: 900 });
    await lp.goto(`${webUrl}/timeline?source=${ids.ownSource}`);
    const unread = lp
      .getByRole('navigation', { name: 'Reading' })
      .getByRole('link', { name: /^Tidelines/ })
      .locator('.side-link__unread');
    const count = async () =>
      Number(((await unread.textContent({ timeout: 1_000 }).catch(() => '')) ?? '').replace(/\D/g, ''));
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await lp
      .getByRole('button', { name: /^Mark “.+” read$/ })
      .first()
      .click();
    await expect.poll(count, { timeout: 10_000 }).toBe(before - 1);
    await lp.reload();
    expect(await count()).toBe(before - 1);
  });

  it('narrows a search by source, author and days, and clears the filters', async () => {
    await lp.setViewportSize({ width: 1280, height: 900 });
    await lp.goto(`${webUrl}/search?q=tide`);
    await lp.locator('.hit').first().waitFor({ timeout: 30_000 });
    const sourcesOf = () => lp.locator('.hit__source a').allTextContents();
    expect(await sourcesOf()).toContain('Estuary Weekly');

    await lp.getByText('Filters', { exact: true }).click();
    await lp.getByLabel('Source').selectOption({ label: 'Tidelines' });
    await lp.getByLabel('From').fill('2020-01-01');
    await lp.getByRole('button', { name: 'Apply filters' }).click();
    await lp.waitForURL(/source=/);
    await lp.locator('.hit').first().waitFor({ timeout: 30_000 });
    expect(new Set(await sourcesOf())).toEqual(new Set(['Tidelines']));
    await lp.getByText(/Only posts in Tidelines from 1 Jan 2020/).waitFor();
    expect(await seriousA11yViolations(lp)).toEqual([]);

    // Days the wrong way round say so; an author nobody has finds nothing.
    await lp.goto(`${webUrl}/search?q=tide&from=2026-05-02&to=2026-05-01`);
    await lp.getByRole('alert').filter({ hasText: 'after' }).waitFor();
    await lp.goto(`${webUrl}/search?q=tide&author=nobody-${suffix}`);
    await lp.getByText(/Nothing matches “tide” with these filters/).waitFor();
    await lp.getByRole('link', { name: 'Clear filters' }).click();
    await lp.waitForURL((url) => url.search === '?q=tide');
    await lp.locator('.hit').first().waitFor({ timeout: 30_000 });
  });

  it('shows a source’s page: details, fetching, posts, subscribe, and a claim for its creator', async () => {
    await kp.setViewportSize({ width: 390, height: 844 });
    await kp.goto(`${webUrl}/sources/${ids.claimSource}`);
    await kp.getByRole('heading', { level: 1, name: 'Estuary Weekly' }).waitFor();
    await kp.getByRole('heading', { name: /Fetching/ }).waitFor();
    expect(await kp.locator('.feed__item').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(kp)).toEqual([]);
    await kp.getByRole('button', { name: 'Subscribe to Estuary Weekly' }).click();
    await expect
      .poll(
        () => kp.getByRole('button', { name: 'Subscribed to Estuary Weekly' }).getAttribute('aria-pressed'),
        {
          timeout: 30_000,
        },
      )
      .toBe('true');
    await kp.getByRole('link', { name: /^Claim it/ }).click();
    await kp.waitForURL(`**/settings/claims/new?source=${ids.claimSource}`);

    // A verified source names its creator instead of offering a claim.
    await kp.goto(`${webUrl}/sources/${ids.ownSource}`);
    await kp.getByText(/Verified: published by/).waitFor();
    expect(await kp.getByRole('link', { name: /^Claim it/ }).count()).toBe(0);
    await kp.getByRole('link', { name: lin.name }).first().waitFor();
  });
});
