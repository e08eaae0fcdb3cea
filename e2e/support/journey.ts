// Helpers for the journey, accessibility and CSP specs: invites minted like the bootstrap one, feeds
// served by the fixture origin that a test can change, and adding a source through the UI.
import { createPrismaClient } from '@tributary/db';
import { type Page } from 'playwright-core';

/**
 * A system invite (as BOOTSTRAP_INVITE_CODE makes): whoever redeems it is an administrator. Each spec
 * mints its own, so specs do not depend on which of them runs first and takes the bootstrap code.
 */
export async function createSystemInvite(databaseUrl: string, code: string, maxUses = 3): Promise<string> {
  const prisma = createPrismaClient({ databaseUrl, poolSize: 1 });
  try {
    await prisma.invite.create({ data: { code, maxUses, note: 'e2e' } });
  } finally {
    await prisma.$disconnect();
  }
  return code;
}

export interface FeedItem {
  guid: string;
  title: string;
  body: string;
  publishedAt: Date;
}

/** An RSS 2.0 document; the channel description is where a DESCRIPTION claim looks for its code. */
export function rssFeed(options: {
  title: string;
  link: string;
  description: string;
  items: FeedItem[];
}): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items = options.items
    .map(
      (item) =>
        `<item><guid isPermaLink="false">${escape(item.guid)}</guid><title>${escape(item.title)}</title>` +
        `<link>${escape(`${options.link}/${item.guid}`)}</link><pubDate>${item.publishedAt.toUTCString()}</pubDate>` +
        `<description>${escape(`<p>${item.body}</p>`)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${escape(options.title)}</title><link>${escape(options.link)}</link>
<description>${escape(options.description)}</description>
${items}
</channel></rss>`;
}

/** Serves (or replaces) `body` at `<origin>/dynamic/<name>`. */
export async function putDynamic(
  originUrl: string,
  name: string,
  body: string,
  type = 'application/rss+xml; charset=utf-8',
): Promise<string> {
  const url = `${originUrl}/dynamic/${name}`;
  const response = await fetch(url, { method: 'PUT', headers: { 'content-type': type }, body });
  if (response.status !== 204) throw new Error(`PUT ${url} answered ${response.status}`);
  return url;
}

/** Adds a source through /add as a person would: preview, then subscribe; answers the previewed title. */
export async function addSourceThroughUi(page: Page, webUrl: string, input: string): Promise<string> {
  await page.goto(`${webUrl}/add`);
  await page.getByLabel('Website, feed, Substack, Telegram channel or X account').fill(input);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.locator('section.preview');
  await preview.waitFor({ timeout: 30_000 });
  const title = (await preview.locator('.preview__title').innerText()).trim();
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await page.getByRole('status').filter({ hasText: 'Subscribed to' }).waitFor({ timeout: 45_000 });
  return title;
}
