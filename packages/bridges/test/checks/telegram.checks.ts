/** Telegram web preview pages and message fragments, served as `t.me/s/<channel>`. */
import { describe, expect, it } from 'vitest';
import { resolveSource, telegramBridge, type FetchResult, type SourceRef } from '@tributary/bridges';
import { useFixtureServer } from '../helpers/setup.js';
import { type Reader } from './reader.js';

interface Preview {
  url: string;
  siteName: string;
  title: string;
}

export interface TelegramCases {
  /** Folders (ending in /) of the single-message pages and of the media fragments. */
  messages: string;
  fragments: string;
  /** A full channel page: posts `oldest`..`newest`; the newest has `newestViews` views (else only some) and contains `newestContains`. */
  channel: {
    title: string;
    channel: string;
    page: string;
    sourceTitle: string;
    description: RegExp;
    items: number;
    newest: string;
    oldest: string;
    newestViews?: number;
    newestContains?: string;
  };
  /** Without `contains`/`summary`, only that there is content and a summary. */
  text: { file: string; contains?: string[]; summary?: RegExp; views?: number };
  album: { file: string; guid: string; author: string; views: number; publishedAt: string; bold: string; hashtagQuery: string };
  forwarded: { file: string; from: { name: string; url: string }; views: number; width: number; height: number; summary: string };
  document: { file: string; title: string; size: string; from: string; views: number };
  poll: { file: string; poll: { question: string; options: { text: string; percent: number }[]; voters: number }; contains: string; views: number };
  voice: { file: string; media: { durationSeconds?: number }; from: string };
  roundVideo: { file: string; durationSeconds: number; author: string };
  signatures: { sticker: { file: string; author: string }; signed: { file: string; author: string; contentHtml: string } };
  linkPreviews: { withImage: { file: string; preview: Preview; views: number }; textOnly: string; video: string };
  fragment: {
    /** `id` begins the photo's file name, `id` ends the video's. */
    photo: { file: string; id: string; width: number; height: number };
    video: { file: string; id: string; durationSeconds: number };
    gif: string;
    videoTooBig: { file: string; durationSeconds: number };
    roundVideo: string;
    linkPreview: string;
    linkPreviewVideo: string;
    poll: string;
  };
}

export function telegramChecks(read: Reader, cases: TelegramCases): void {
  const { server, ctx } = useFixtureServer();

  const ref = (name: string): SourceRef => ({ kind: 'TELEGRAM', key: `telegram:${name}`, fetchUrl: server.url(`/tg/s/${name}`), siteUrl: `https://t.me/${name}` });

  /** A single-message file is served as a channel page on its own. */
  async function fetchMessage(file: string, name = 'chan'): Promise<FetchResult> {
    server.file(read, `/tg/s/${name}`, `${cases.messages}${file}`);
    return telegramBridge.fetch(ref(name), null, ctx());
  }

  /** Fragments (media blocks) are wrapped in a message shell on the fly. */
  async function fetchFragment(file: string): Promise<FetchResult> {
    server.file(read, '/tg/s/frag', `${cases.fragments}${file}`, {
      transform: (html) =>
        `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="frag/7"><div class="tgme_widget_message_bubble">${html}<div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/frag/7"><time datetime="2023-03-01T10:00:00+00:00"></time></a></span></div></div></div></div>`,
    });
    return telegramBridge.fetch(ref('frag'), null, ctx());
  }

  describe('full channel page', () => {
    const { channel: name, page } = cases.channel;

    it(cases.channel.title, async () => {
      const c = cases.channel;
      server.file(read, `/tg/s/${name}`, page);
      const result = await telegramBridge.fetch(ref(name), null, ctx());
      expect(result.source.title).toBe(c.sourceTitle);
      expect(result.source.description).toMatch(c.description);
      expect(result.source.imageUrl).toMatch(/^https:\/\/cdn\d?\.telegram-cdn\.org\/file\//);
      expect(result.items).toHaveLength(c.items);
      expect(result.items.map((item) => item.guid)[0]).toBe(`${name}/${c.newest}`);
      expect(result.items.at(-1)!.guid).toBe(`${name}/${c.oldest}`);
      const newest = result.items[0]!;
      expect(newest.url).toBe(`https://t.me/${name}/${c.newest}`);
      expect(newest.kind).toBe('post');
      expect(newest.title).toBeNull();
      expect(newest.publishedAt).toBeInstanceOf(Date);
      if (c.newestViews === undefined) expect(newest.views).toBeGreaterThan(0);
      else expect(newest.views).toBe(c.newestViews);
      if (c.newestContains !== undefined) expect(newest.contentHtml).toContain(c.newestContains);
      expect(result.items.some((item) => item.media.some((media) => media.type === 'image/jpeg'))).toBe(true);
      expect(result.nextPage).toBe(c.oldest);
      expect(result.state.cursor).toBe(c.newest);
    });

    it('older pages via ?before=', async () => {
      server.route(`/tg/s/${name}`, (url) => {
        expect(url.searchParams.get('before')).toBe(cases.channel.oldest);
        return { headers: { 'content-type': 'text/html' }, body: '<main class="tgme_main"><section class="tgme_channel_history"></section></main>' };
      });
      const page = await telegramBridge.fetch(ref(name), null, ctx(), { page: cases.channel.oldest });
      expect(page.items).toEqual([]);
      expect(page.nextPage).toBeNull();
      expect(server.requests[0]!.url).toBe(server.url(`/tg/s/${name}?before=${cases.channel.oldest}`));
    });

    it('resolves t.me/s/name, t.me/name and @name (with the kind chosen) to one key', async () => {
      server.file(read, `/tg/s/${name}`, page);
      const byUrl = await resolveSource(`${server.origin}/tg/${name}`, {}, ctx());
      const byPreview = await resolveSource(`${server.origin}/tg/s/${name}`, {}, ctx());
      const byHandle = await resolveSource(`@${name}`, { kindHint: 'TELEGRAM' }, ctx());
      const byRealUrl = await resolveSource(`https://t.me/${name}`, {}, ctx());
      for (const resolved of [byUrl, byPreview, byHandle, byRealUrl])
        expect(resolved).toEqual({ kind: 'TELEGRAM', key: `telegram:${name}`, fetchUrl: server.url(`/tg/s/${name}`), siteUrl: `https://t.me/${name}` });
    });

    it('a channel without public preview (redirect to t.me/<name>) is a clear error', async () => {
      server.redirect('/tg/s/private_club', '/tg/private_club');
      server.route('/tg/private_club', {
        headers: { 'content-type': 'text/html' },
        // The landing page Telegram shows for groups, users and private channels.
        body: '<div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Private Club</span></div><div class="tgme_page_extra">1 234 members</div></div>',
      });
      await expect(telegramBridge.resolve('t.me/private_club', ctx())).rejects.toMatchObject({ kind: 'unsupported', reason: 'private-channel' });
    });
  });

  describe('message kinds', () => {
    it('text with formatting, hashtags and links', async () => {
      const c = cases.text;
      const result = await fetchMessage(c.file);
      const item = result.items[0]!;
      if (c.contains) for (const part of c.contains) expect(item.contentHtml).toContain(part);
      else expect(item.contentHtml.length).toBeGreaterThan(0);
      expect(item.contentHtml).not.toContain('class=');
      if (c.summary) expect(item.summary).toMatch(c.summary);
      else expect(item.summary.length).toBeGreaterThan(0);
      if (c.views !== undefined) expect(item.views).toBe(c.views);
    });

    it('album: photos and a video in one post; hashtags resolve to channel search', async () => {
      const c = cases.album;
      const result = await fetchMessage(c.file);
      const item = result.items[0]!;
      expect(item.guid).toBe(c.guid);
      expect(item.author).toBe(c.author);
      expect(item.views).toBe(c.views);
      expect(item.publishedAt?.toISOString()).toBe(c.publishedAt);
      expect(item.media.map((media) => media.type)).toEqual(['video/mp4', 'image/jpeg', 'image/jpeg']);
      expect(item.media[0]).toMatchObject({ durationSeconds: 5, thumbnailUrl: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\//) as unknown });
      expect(item.contentHtml).toContain(c.bold);
      expect(item.contentHtml).toContain(`href="${server.url(`/tg/s/chan?q=${c.hashtagQuery}`)}"`);
    });

    it('forwarded from another channel, with a photo', async () => {
      const c = cases.forwarded;
      const item = (await fetchMessage(c.file)).items[0]!;
      expect(item.forwardedFrom).toEqual(c.from);
      expect(item.views).toBe(c.views);
      expect(item.media[0]).toMatchObject({ type: 'image/jpeg', width: c.width, height: c.height });
      expect(item.summary).toBe(c.summary);
    });

    it('document attachment', async () => {
      const c = cases.document;
      const item = (await fetchMessage(c.file)).items[0]!;
      expect((item as { documents?: unknown }).documents).toEqual([{ title: c.title, size: c.size }]);
      expect(item.contentHtml).toContain(c.title);
      expect(item.forwardedFrom?.name).toBe(c.from);
      expect(item.views).toBe(c.views);
    });

    it('poll with options, percentages and voters', async () => {
      const c = cases.poll;
      const item = (await fetchMessage(c.file)).items[0]!;
      expect(item.poll).toEqual(c.poll);
      expect(item.contentHtml).toContain(c.contains);
      expect(item.views).toBe(c.views);
    });

    it('voice message, forwarded from a user without a link', async () => {
      const c = cases.voice;
      const item = (await fetchMessage(c.file)).items[0]!;
      expect(item.media[0]).toMatchObject({ type: 'audio/ogg', title: 'Voice message', ...c.media, url: expect.stringMatching(/\.ogg\?token=/) as unknown });
      expect(item.forwardedFrom).toEqual({ name: c.from, url: null });
    });

    it('round video', async () => {
      const c = cases.roundVideo;
      const item = (await fetchMessage(c.file)).items[0]!;
      expect(item.media[0]).toMatchObject({ type: 'video/mp4', title: 'Round video', durationSeconds: c.durationSeconds });
      expect(item.author).toBe(c.author);
    });

    it('sticker and author signature', async () => {
      const c = cases.signatures;
      const sticker = (await fetchMessage(c.sticker.file)).items[0]!;
      expect(sticker.media[0]).toMatchObject({ type: 'application/x-tgsticker', title: 'Sticker' });
      expect(sticker.author).toBe(c.sticker.author);
      const signed = (await fetchMessage(c.signed.file)).items[0]!;
      expect(signed.author).toBe(c.signed.author);
      expect(signed.contentHtml).toBe(c.signed.contentHtml);
    });

    it('link previews (with image, text only, with video) and edited marks', async () => {
      const c = cases.linkPreviews;
      const withImage = (await fetchMessage(c.withImage.file)).items[0]!;
      expect(withImage.linkPreview).toMatchObject({
        ...c.withImage.preview,
        imageUrl: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\//) as unknown,
      });
      expect(withImage.views).toBe(c.withImage.views);
      const textOnly = (await fetchMessage(c.textOnly)).items[0]!;
      expect(textOnly.linkPreview?.url).toMatch(/^https?:\/\//);
      expect(textOnly.linkPreview?.imageUrl).toBeUndefined();
      const video = (await fetchMessage(c.video)).items[0]!;
      expect(video.edited).toBe(true);
      expect(video.media.some((media) => media.type === 'video/mp4')).toBe(true);
      expect(video.contentHtml).toContain('🔥');
      expect(withImage.edited).toBeUndefined();
    });
  });

  describe('media fragments', () => {
    it('photo from the background-image style', async () => {
      const c = cases.fragment.photo;
      const item = (await fetchFragment(c.file)).items[0]!;
      expect(item.media).toEqual([{ url: expect.stringMatching(new RegExp(`^https://cdn4\\.telegram-cdn\\.org/file/${c.id}.+\\.jpg$`)) as unknown, type: 'image/jpeg', width: c.width, height: c.height }]);
    });
    it('video with thumbnail and duration', async () => {
      const c = cases.fragment.video;
      const item = (await fetchFragment(c.file)).items[0]!;
      expect(item.media[0]).toMatchObject({ type: 'video/mp4', durationSeconds: c.durationSeconds, url: expect.stringMatching(new RegExp(`${c.id}\\.mp4\\?token=`)) as unknown });
    });
    it('GIF (looping video)', async () => {
      const item = (await fetchFragment(cases.fragment.gif)).items[0]!;
      expect(item.media[0]).toMatchObject({ type: 'video/mp4', url: expect.stringMatching(/\.mp4\?token=/) as unknown });
    });
    it('"media is too big": only the poster frame, marked', async () => {
      const item = (await fetchFragment(cases.fragment.videoTooBig.file)).items[0]!;
      expect(item.media[0]).toMatchObject({ type: 'image/jpeg', title: 'Video (open in Telegram)', durationSeconds: cases.fragment.videoTooBig.durationSeconds });
    });
    it('round video fragment', async () => {
      const item = (await fetchFragment(cases.fragment.roundVideo)).items[0]!;
      expect(item.media[0]).toMatchObject({ type: 'video/mp4', title: 'Round video' });
    });
    it('link preview fragments', async () => {
      const plain = (await fetchFragment(cases.fragment.linkPreview)).items[0]!;
      expect(plain.linkPreview?.url).toMatch(/^https?:\/\//);
      const video = (await fetchFragment(cases.fragment.linkPreviewVideo)).items[0]!;
      expect(video.linkPreview?.url).toMatch(/^https?:\/\//);
      expect(video.media.some((media) => media.type === 'video/mp4')).toBe(true);
    });
    it('poll fragment', async () => {
      const item = (await fetchFragment(cases.fragment.poll)).items[0]!;
      expect(item.poll?.options.length).toBeGreaterThan(1);
      expect(item.poll?.question.length).toBeGreaterThan(0);
    });
  });
}
