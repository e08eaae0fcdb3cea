import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import Parser from 'rss-parser';
import { parseFeed } from '@tributary/bridges/feed/parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { seedEverything } from './support/seed-person.js';
import { startSocialWorld } from './support/social-world.js';
import { type TestUser } from './support/factories.js';

const HUB = 'https://hub.example/';

describe('published feeds', () => {
  const world = useWorld(() => startSocialWorld({ WEBSUB_HUB_URL: HUB, PUBLIC_WEB_URL: 'https://tributary.example' }));
  let creator: TestUser;
  let base: string;

  beforeAll(async () => {
    creator = await world.member();
    const other = await world.member();
    await seedEverything(world.db, creator, other);
    base = new URL('/feeds', world.api.url).href;
  });

  const FILES = ['feed.xml', 'feed.atom', 'feed.json'] as const;

  it.each(['u', 'c'].flatMap((kind) => FILES.map((file) => [kind, file] as const)))('/%s/<handle>/%s parses with feedsmith, rss-parser and our bridge', async (kind, file) => {
    const response = await fetch(`${base}/${kind}/${creator.handle}/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(file === 'feed.json' ? /^application\/feed\+json/ : file === 'feed.atom' ? /^application\/atom\+xml/ : /^application\/rss\+xml/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const body = await response.text();
    const selfUrl = `https://tributary.example/${kind}/${creator.handle}/${file}`;

    const ours = parseFeed({ body, url: selfUrl });
    expect(ours.items).toHaveLength(1);
    // Our bridge reads titles as HTML (as many feeds write them), so "<more>" is dropped as a tag.
    expect(ours.items[0]!.title).toMatch(/^A post &/);
    expect(ours.items[0]!.url).toMatch(/^https:\/\/seed-[0-9a-f]+\.example\/post$/);

    const smith = parseWithFeedsmith(body);
    expect(smith.format).toBe(file === 'feed.json' ? 'json' : file === 'feed.atom' ? 'atom' : 'rss');
    const items = (smith.feed as { items?: unknown[]; entries?: unknown[] }).items ?? (smith.feed as { entries?: unknown[] }).entries;
    expect(items).toHaveLength(1);
    expect(body).toContain(HUB);

    if (file !== 'feed.json') {
      const parsed = await new Parser().parseString(body);
      expect(parsed.items).toHaveLength(1);
      expect(parsed.items[0]!.title).toBe('A post & <more>');
      expect(parsed.items[0]!.link).toMatch(/^https:\/\//);
    } else {
      const json = JSON.parse(body) as { version: string; feed_url: string; hubs: unknown[]; items: { id: string; date_published: string }[] };
      expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', feed_url: selfUrl, hubs: [{ type: 'WebSub', url: HUB }] });
      expect(new Date(json.items[0]!.date_published).toISOString()).toBe(json.items[0]!.date_published);
    }
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and 200 again when the feed changes', async () => {
    const url = `${base}/u/${creator.handle}/feed.atom`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    await world.db.share.updateMany({ where: { userId: creator.id }, data: { note: 'changed my mind', createdAt: new Date() } });
    const changed = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('changed my mind');
  });

  it('exposes the feed links for autodiscovery and 404s what does not exist', async () => {
    const { user } = await world.as<{ user: { feeds: { rel: string; type: string; href: string }[] } }>(null, 'query($h: String!) { user(handle: $h) { feeds { rel type title href } } }', { h: creator.handle });
    expect(user.feeds.map((link) => link.href)).toEqual([
      ...FILES.map((file) => `https://tributary.example/u/${creator.handle}/${file}`),
      ...FILES.map((file) => `https://tributary.example/c/${creator.handle}/${file}`),
    ]);
    const nobody = await world.member();
    expect((await fetch(`${base}/c/${nobody.handle}/feed.xml`)).status).toBe(404);
    expect((await fetch(`${base}/u/no_such_person_x/feed.xml`)).status).toBe(404);
    expect((await fetch(`${base}/u/${creator.handle}/feed.html`)).status).toBe(404);
  });
});
