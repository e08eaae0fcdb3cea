/**
 * Ownership verification per platform: the test inputs are rewritten on the fly to carry a code in
 * each supported place → verified; without it → not verified with a reason; someone else's
 * code → not verified.
 */
import { describe, expect, it } from 'vitest';
import { rssBridge, substackBridge, telegramBridge, xBridge, type SourceRef } from '@tributary/bridges';
import { TRIBUTARY_NAMESPACE } from '@tributary/bridges/feed/xml';
import { inputText } from '@tributary/test-support';
import { useFixtureServer } from './helpers/setup.js';
import { nitterRss } from './helpers/nitter.js';

const { server, ctx } = useFixtureServer();
const CODE = 'tributary-verify-7Hq2xZ';
const OTHER = 'tributary-verify-SomeoneElse';

const rssRef = (path: string): SourceRef => ({ kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null });

describe('RSS / Atom / JSON Feed', () => {
  const rss = 'rss/harbour-lights.xml';
  const cases: [string, string, (text: string) => string, string][] = [
    ['channel description (with entities and extra whitespace)', rss, (t) => t.replace('<description>Notes from the lighthouse keepers.</description>', `<description>Lamps &amp; more.\n   ${CODE.replace('-', '&#45;')}  </description>`), 'description'],
    ['<tributary:verify> element', rss, (t) => t.replace('<channel>', `<channel><tv:verify xmlns:tv="${TRIBUTARY_NAMESPACE}">${CODE}</tv:verify>`), 'feed-element'],
    ['a recent item (inside markup)', rss, (t) => t.replace('<title>Lamp Room</title>', `<title>Lamp Room</title><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Proof: <b>${CODE.slice(0, 10)}</b>${CODE.slice(10)}</p>]]></content:encoded>`), 'post'],
    ['Atom subtitle of type html', 'atom/orchard-log.xml', (t) => t.replace('<title>Orchard Log</title>', `<title>Orchard Log</title><subtitle type="html">&lt;p&gt;Code: ${CODE}&lt;/p&gt;</subtitle>`), 'description'],
    ['JSON Feed _tributary.verify', 'jsonfeed/garden-notes.json', (t) => t.replace('"title":', `"_tributary": { "verify": "${CODE}" }, "title":`), 'feed-element'],
    ['JSON Feed description', 'jsonfeed/garden-notes.json', (t) => t.replace('"title":', `"description": "Owned by me ${CODE}", "title":`), 'description'],
  ];
  it.each(cases)('code in the %s → verified', async (_label, name, transform, place) => {
    server.input('/v/feed', name, { transform });
    expect(await rssBridge.verify(rssRef('/v/feed'), CODE, ctx())).toEqual({ verified: true, place });
  });

  it('code absent → not verified, with the places that were searched', async () => {
    server.input('/v/feed', rss);
    const result = await rssBridge.verify(rssRef('/v/feed'), CODE, ctx());
    expect(result.verified).toBe(false);
    expect(result.reason).toMatch(/description.*tributary:verify.*4 most recent items do not contain the code yet/);
  });

  it("someone else's code → not verified", async () => {
    server.input('/v/feed', rss, { transform: (t) => t.replace('Notes from the lighthouse keepers.', OTHER) });
    expect((await rssBridge.verify(rssRef('/v/feed'), CODE, ctx())).verified).toBe(false);
  });
});

describe('Substack', () => {
  const ref: SourceRef = { kind: 'SUBSTACK', key: 'substack:quillmere', fetchUrl: '', siteUrl: null };
  const setup = (feedTransform: (t: string) => string = (t) => t, bio = 'Writer.') => {
    server.input('/pub/quillmere/feed', 'substack/quillmere-feed.xml', { transform: feedTransform });
    server.route('/pub/quillmere/api/v1/archive', () => {
      const posts = (JSON.parse(inputText('substack/quillmere-archive.json')) as { publishedBylines: { bio: string }[] }[]).slice(0, 12);
      for (const post of posts) for (const byline of post.publishedBylines) byline.bio = bio;
      return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(posts) };
    });
    return { ...ref, fetchUrl: server.url('/pub/quillmere/feed') };
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
    const r = setup((t) => t.replace('<![CDATA[the paper lantern]]>', `<![CDATA[the paper lantern ${CODE}]]>`));
    expect(await substackBridge.verify(r, CODE, ctx())).toEqual({ verified: true, place: 'post' });
  });
  it('absent, or someone else’s → not verified with a reason', async () => {
    const r = setup(undefined, `Bio with ${OTHER}`);
    const result = await substackBridge.verify(r, CODE, ctx());
    expect(result.verified).toBe(false);
    expect(result.reason).toMatch(/publication description, the bio of its author and its 5 most recent posts do not contain the code yet/);
  });
});

describe('Telegram', () => {
  const ref: SourceRef = { kind: 'TELEGRAM', key: 'telegram:lantern_quay', fetchUrl: '', siteUrl: 'https://t.me/lantern_quay' };
  const serve = (transform: (t: string) => string = (t) => t) => {
    server.input('/tg/s/lantern_quay', 'telegram/channel.html', { transform });
    return { ...ref, fetchUrl: server.url('/tg/s/lantern_quay') };
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
    expect(await telegramBridge.verify(r, CODE, ctx())).toEqual({ verified: false, reason: 'The channel description and its 4 most recent posts do not contain the code yet.' });
  });
});

describe('X', () => {
  const ref: SourceRef = { kind: 'X', key: 'x:quaydevs', fetchUrl: '', siteUrl: 'https://x.com/QuayDevs' };
  const withToken = () => ctx({ xBearerToken: 'test-token' });
  const serve = (bio: (t: string) => string, tweets: (t: string) => string = (t) => t) => {
    server.input('/xapi/2/users/by/username/quaydevs', 'x/user-by-username.json', { transform: bio });
    server.input('/xapi/2/users/3141592653/tweets', 'x/search-users.json', { transform: tweets });
    return { ...ref, fetchUrl: server.url('/xapi/2/users/3141592653/tweets') };
  };
  it('profile bio', async () => {
    const r = serve((t) => t.replace('#OpenHarbour', `#OpenHarbour ${CODE}`));
    expect(await xBridge.verify(r, CODE, withToken())).toEqual({ verified: true, place: 'bio' });
  });
  it('a recent post', async () => {
    const r = serve((t) => t, (t) => t.replace(/("text":\s*"[^"]*)"/, `$1 ${CODE}"`));
    expect(await xBridge.verify(r, CODE, withToken())).toEqual({ verified: true, place: 'post' });
  });
  it('absent or someone else’s', async () => {
    const r = serve((t) => t.replace('#OpenHarbour', OTHER));
    const result = await xBridge.verify(r, CODE, withToken());
    expect(result.verified).toBe(false);
    expect(result.reason).toMatch(/^The profile bio of @QuayDevs and its \d+ most recent posts do not contain the code yet\.$/);
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
