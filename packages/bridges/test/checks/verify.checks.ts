/**
 * Ownership verification per platform: the inputs are rewritten on the fly to carry a code in
 * each supported place → verified; without it → not verified with a reason; someone else's
 * code → not verified.
 */
import { describe, expect, it } from 'vitest';
import { rssBridge, substackBridge, telegramBridge, xBridge, type SourceRef } from '@tributary/bridges';
import { TRIBUTARY_NAMESPACE } from '@tributary/bridges/feed/xml';
import { useFixtureServer } from '../helpers/setup.js';
import { nitterRss } from '../helpers/nitter.js';
import { type Reader } from './reader.js';

export interface VerifyCases {
  /** An RSS feed with 4 items: its channel `description` (beginning with `descriptionStart`) and an item titled `itemTitle`. */
  rss: { file: string; description: string; descriptionStart: string; itemTitle: string };
  atom: { file: string; title: string };
  jsonFeed: string;
  /** A publication's feed (with a post titled `postTitle` in CDATA), its archive's posts and how many posts are searched. */
  substack: { name: string; feed: string; archive: () => { publishedBylines: { bio: string }[] }[]; postTitle: string; recentPosts: number };
  telegram: { channel: string; page: string; recentPosts: number };
  /** A user (whose bio contains `bioWord`) and a page of posts. */
  x: { username: string; userId: string; user: string; tweets: string; bioWord: string };
}

export function verifyChecks(read: Reader, cases: VerifyCases): void {
  const { server, ctx } = useFixtureServer();
  const CODE = 'tributary-verify-7Hq2xZ';
  const OTHER = 'tributary-verify-SomeoneElse';

  const rssRef = (path: string): SourceRef => ({ kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null });

  describe('RSS / Atom / JSON Feed', () => {
    const rss = cases.rss.file;
    const places: [string, string, (text: string) => string, string][] = [
      ['channel description (with entities and extra whitespace)', rss, (t) => t.replace(`<description>${cases.rss.description}</description>`, `<description>${cases.rss.descriptionStart} &amp; more.\n   ${CODE.replace('-', '&#45;')}  </description>`), 'description'],
      ['<tributary:verify> element', rss, (t) => t.replace('<channel>', `<channel><tv:verify xmlns:tv="${TRIBUTARY_NAMESPACE}">${CODE}</tv:verify>`), 'feed-element'],
      ['a recent item (inside markup)', rss, (t) => t.replace(`<title>${cases.rss.itemTitle}</title>`, `<title>${cases.rss.itemTitle}</title><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Proof: <b>${CODE.slice(0, 10)}</b>${CODE.slice(10)}</p>]]></content:encoded>`), 'post'],
      ['Atom subtitle of type html', cases.atom.file, (t) => t.replace(`<title>${cases.atom.title}</title>`, `<title>${cases.atom.title}</title><subtitle type="html">&lt;p&gt;Code: ${CODE}&lt;/p&gt;</subtitle>`), 'description'],
      ['JSON Feed _tributary.verify', cases.jsonFeed, (t) => t.replace('"title":', `"_tributary": { "verify": "${CODE}" }, "title":`), 'feed-element'],
      ['JSON Feed description', cases.jsonFeed, (t) => t.replace('"title":', `"description": "Owned by me ${CODE}", "title":`), 'description'],
    ];
    it.each(places)('code in the %s → verified', async (_label, name, transform, place) => {
      server.file(read, '/v/feed', name, { transform });
      expect(await rssBridge.verify(rssRef('/v/feed'), CODE, ctx())).toEqual({ verified: true, place });
    });

    it('code absent → not verified, with the places that were searched', async () => {
      server.file(read, '/v/feed', rss);
      const result = await rssBridge.verify(rssRef('/v/feed'), CODE, ctx());
      expect(result.verified).toBe(false);
      expect(result.reason).toMatch(/description.*tributary:verify.*4 most recent items do not contain the code yet/);
    });

    it("someone else's code → not verified", async () => {
      server.file(read, '/v/feed', rss, { transform: (t) => t.replace(cases.rss.description, OTHER) });
      expect((await rssBridge.verify(rssRef('/v/feed'), CODE, ctx())).verified).toBe(false);
    });
  });

  describe('Substack', () => {
    const ref: SourceRef = { kind: 'SUBSTACK', key: `substack:${cases.substack.name}`, fetchUrl: '', siteUrl: null };
    const setup = (feedTransform: (t: string) => string = (t) => t, bio = 'Writer.') => {
      server.file(read, `/pub/${cases.substack.name}/feed`, cases.substack.feed, { transform: feedTransform });
      server.route(`/pub/${cases.substack.name}/api/v1/archive`, () => {
        const posts = cases.substack.archive().slice(0, 12);
        for (const post of posts) for (const byline of post.publishedBylines) byline.bio = bio;
        return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(posts) };
      });
      return { ...ref, fetchUrl: server.url(`/pub/${cases.substack.name}/feed`) };
    };
    it('publication description (CDATA)', async () => {
      const r = setup((t) => t.replace(/<description><!\[CDATA\[/, `<description><![CDATA[${CODE} `));
      expect(await substackBridge.verify(r, CODE, ctx())).toEqual({ verified: true, place: 'description' });
    });
    it('author bio', async () => {
      const r = setup(undefined, `Product person. ${CODE}`);
      expect(await substackBridge.verify(r, CODE, ctx())).toEqual({ verified: true, place: 'bio' });
    });
    it('a post', async () => {
      const r = setup((t) => t.replace(`<![CDATA[${cases.substack.postTitle}]]>`, `<![CDATA[${cases.substack.postTitle} ${CODE}]]>`));
      expect(await substackBridge.verify(r, CODE, ctx())).toEqual({ verified: true, place: 'post' });
    });
    it('absent, or someone else’s → not verified with a reason', async () => {
      const r = setup(undefined, `Bio with ${OTHER}`);
      const result = await substackBridge.verify(r, CODE, ctx());
      expect(result.verified).toBe(false);
      expect(result.reason).toContain(`publication description, the bio of its author and its ${cases.substack.recentPosts} most recent posts do not contain the code yet`);
    });
  });

  describe('Telegram', () => {
    const ref: SourceRef = { kind: 'TELEGRAM', key: `telegram:${cases.telegram.channel}`, fetchUrl: '', siteUrl: `https://t.me/${cases.telegram.channel}` };
    const serve = (transform: (t: string) => string = (t) => t) => {
      server.file(read, `/tg/s/${cases.telegram.channel}`, cases.telegram.page, { transform });
      return { ...ref, fetchUrl: server.url(`/tg/s/${cases.telegram.channel}`) };
    };
    it('channel description (wrapped in <br/> and links)', async () => {
      const r = serve((t) => t.replace('<div class="tgme_channel_info_description">', `<div class="tgme_channel_info_description">Verify:<br/><a href="#">${CODE.slice(0, 5)}</a>${CODE.slice(5)}<br/>`));
      expect(await telegramBridge.verify(r, CODE, ctx())).toEqual({ verified: true, place: 'description' });
    });
    it('a recent post', async () => {
      const r = serve((t) => t.replace(/(<div class="tgme_widget_message_text[^>]*>)/, `$1${CODE} `));
      expect(await telegramBridge.verify(r, CODE, ctx())).toEqual({ verified: true, place: 'post' });
    });
    it('absent or someone else’s', async () => {
      const r = serve((t) => t.replace('<div class="tgme_channel_info_description">', `<div class="tgme_channel_info_description">${OTHER}`));
      expect(await telegramBridge.verify(r, CODE, ctx())).toEqual({ verified: false, reason: `The channel description and its ${cases.telegram.recentPosts} most recent posts do not contain the code yet.` });
    });
  });

  describe('X', () => {
    const ref: SourceRef = { kind: 'X', key: `x:${cases.x.username.toLowerCase()}`, fetchUrl: '', siteUrl: `https://x.com/${cases.x.username}` };
    const withToken = () => ctx({ xBearerToken: 'test-token' });
    const serve = (bio: (t: string) => string, tweets: (t: string) => string = (t) => t) => {
      server.file(read, `/xapi/2/users/by/username/${cases.x.username.toLowerCase()}`, cases.x.user, { transform: bio });
      server.file(read, `/xapi/2/users/${cases.x.userId}/tweets`, cases.x.tweets, { transform: tweets });
      return { ...ref, fetchUrl: server.url(`/xapi/2/users/${cases.x.userId}/tweets`) };
    };
    it('profile bio', async () => {
      const r = serve((t) => t.replace(cases.x.bioWord, `${cases.x.bioWord} ${CODE}`));
      expect(await xBridge.verify(r, CODE, withToken())).toEqual({ verified: true, place: 'bio' });
    });
    it('a recent post', async () => {
      const r = serve((t) => t, (t) => t.replace(/("text":\s*"[^"]*)"/, `$1 ${CODE}"`));
      expect(await xBridge.verify(r, CODE, withToken())).toEqual({ verified: true, place: 'post' });
    });
    it('absent or someone else’s', async () => {
      const r = serve((t) => t.replace(cases.x.bioWord, OTHER));
      const result = await xBridge.verify(r, CODE, withToken());
      expect(result.verified).toBe(false);
      expect(result.reason).toMatch(new RegExp(`^The profile bio of @${cases.x.username} and its \\d+ most recent posts do not contain the code yet\\.$`));
    });
    it('through Nitter only posts can be checked, and the reason says so', async () => {
      const nitter = ctx({ nitterBaseUrl: server.url('/nitter') });
      const r = { ...ref, fetchUrl: server.url('/nitter/TwitterDev/rss') };
      server.route('/nitter/TwitterDev/rss', () => ({ headers: { 'content-type': 'application/rss+xml' }, body: nitterRss(server.origin, `<item><title>${CODE}</title><guid>1</guid></item>`) }));
      expect(await xBridge.verify(r, CODE, nitter)).toEqual({ verified: true, place: 'post' });
      server.route('/nitter/TwitterDev/rss', () => ({ headers: { 'content-type': 'application/rss+xml' }, body: nitterRss(server.origin) }));
      expect((await xBridge.verify(r, CODE, nitter)).reason).toMatch(/bio cannot be read through Nitter/);
    });
  });
}
