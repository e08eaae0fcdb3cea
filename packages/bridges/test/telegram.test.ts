/** Telegram web preview pages and message fragments (the project's inputs), served as `t.me/s/<channel>`. */
import { describe, expect, it } from 'vitest';
import { resolveSource, telegramBridge, type FetchResult, type SourceRef } from '@tributary/bridges';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();

const ref = (name: string): SourceRef => ({ kind: 'TELEGRAM', key: `telegram:${name}`, fetchUrl: server.url(`/tg/s/${name}`), siteUrl: `https://t.me/${name}` });

/** A single-message input is served as a channel page on its own. */
async function fetchMessage(file: string, name = 'chan'): Promise<FetchResult> {
  server.input(`/tg/s/${name}`, `telegram/messages/${file}`);
  return telegramBridge.fetch(ref(name), null, ctx());
}

/** Fragments (media blocks) are wrapped in a message shell on the fly. */
async function fetchFragment(file: string): Promise<FetchResult> {
  server.input('/tg/s/frag', `telegram/fragments/${file}`, {
    transform: (html) =>
      `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="frag/7"><div class="tgme_widget_message_bubble">${html}<div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/frag/7"><time datetime="2023-03-01T10:00:00+00:00"></time></a></span></div></div></div></div>`,
  });
  return telegramBridge.fetch(ref('frag'), null, ctx());
}

describe('full channel page', () => {
  it('channel title, description, avatar, posts newest first, pagination cursor', async () => {
    server.input('/tg/s/lantern_quay', 'telegram/channel.html');
    const result = await telegramBridge.fetch(ref('lantern_quay'), null, ctx());
    expect(result.source.title).toBe('Ночной маяк');
    expect(result.source.description).toMatch(/^Канал смотрителей маяка/);
    expect(result.source.imageUrl).toMatch(/^https:\/\/cdn\d?\.telegram-cdn\.org\/file\//);
    expect(result.items).toHaveLength(4);
    expect(result.items.map((item) => item.guid)[0]).toBe('lantern_quay/5004');
    expect(result.items.at(-1)!.guid).toBe('lantern_quay/5001');
    const newest = result.items[0]!;
    expect(newest.url).toBe('https://t.me/lantern_quay/5004');
    expect(newest.kind).toBe('post');
    expect(newest.title).toBeNull();
    expect(newest.publishedAt).toBeInstanceOf(Date);
    expect(newest.views).toBe(3100);
    expect(newest.contentHtml).toContain('💡');
    expect(result.items.some((item) => item.media.some((media) => media.type === 'image/jpeg'))).toBe(true);
    expect(result.nextPage).toBe('5001');
    expect(result.state.cursor).toBe('5004');
  });

  it('older pages via ?before=', async () => {
    server.route('/tg/s/lantern_quay', (url) => {
      expect(url.searchParams.get('before')).toBe('5001');
      return { headers: { 'content-type': 'text/html' }, body: '<main class="tgme_main"><section class="tgme_channel_history"></section></main>' };
    });
    const page = await telegramBridge.fetch(ref('lantern_quay'), null, ctx(), { page: '5001' });
    expect(page.items).toEqual([]);
    expect(page.nextPage).toBeNull();
    expect(server.requests[0]!.url).toBe(server.url('/tg/s/lantern_quay?before=5001'));
  });

  it('resolves t.me/s/name, t.me/name and @name (with the kind chosen) to one key', async () => {
    server.input('/tg/s/lantern_quay', 'telegram/channel.html');
    const byUrl = await resolveSource(`${server.origin}/tg/lantern_quay`, {}, ctx());
    const byPreview = await resolveSource(`${server.origin}/tg/s/lantern_quay`, {}, ctx());
    const byHandle = await resolveSource('@lantern_quay', { kindHint: 'TELEGRAM' }, ctx());
    const byRealUrl = await resolveSource('https://t.me/lantern_quay', {}, ctx());
    for (const resolved of [byUrl, byPreview, byHandle, byRealUrl])
      expect(resolved).toEqual({ kind: 'TELEGRAM', key: 'telegram:lantern_quay', fetchUrl: server.url('/tg/s/lantern_quay'), siteUrl: 'https://t.me/lantern_quay' });
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
    const result = await fetchMessage('text.html');
    const item = result.items[0]!;
    expect(item.contentHtml).toContain('<b>Morning report:</b>');
    expect(item.contentHtml).toContain('href="https://harbour.example/report"');
    expect(item.contentHtml).not.toContain('class=');
    expect(item.summary).toMatch(/^Morning report: boats out at five/);
    expect(item.views).toBe(4_200);
  });

  it('album: photos and a video in one post; hashtags resolve to channel search', async () => {
    const result = await fetchMessage('album.html');
    const item = result.items[0]!;
    expect(item.guid).toBe('coast_watch/4120');
    expect(item.author).toBe('COAST-WATCH');
    expect(item.views).toBe(41_300);
    expect(item.publishedAt?.toISOString()).toBe('2026-02-14T06:48:36.000Z');
    expect(item.media.map((media) => media.type)).toEqual(['video/mp4', 'image/jpeg', 'image/jpeg']);
    expect(item.media[0]).toMatchObject({ durationSeconds: 5, thumbnailUrl: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\//) as unknown });
    expect(item.contentHtml).toContain('<b>Три баржи прошли мимо мыса</b>');
    expect(item.contentHtml).toContain(`href="${server.url('/tg/s/chan?q=%23%D0%BC%D1%8B%D1%81')}"`);
  });

  it('forwarded from another channel, with a photo', async () => {
    const item = (await fetchMessage('forwarded.html')).items[0]!;
    expect(item.forwardedFrom).toEqual({ name: 'Чайка Ньюс', url: 'https://t.me/gull_news/8812' });
    expect(item.views).toBe(88_800);
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', width: 800, height: 600 });
    expect(item.summary).toBe('Смотритель маяка научил чаек приносить почту');
  });

  it('document attachment', async () => {
    const item = (await fetchMessage('document.html')).items[0]!;
    expect((item as { documents?: unknown }).documents).toEqual([{ title: 'Приливы 2026.pdf', size: '1.4 MB' }]);
    expect(item.contentHtml).toContain('Приливы 2026.pdf');
    expect(item.forwardedFrom?.name).toBe('Таблица приливов');
    expect(item.views).toBe(12_600);
  });

  it('poll with options, percentages and voters', async () => {
    const item = (await fetchMessage('poll.html')).items[0]!;
    expect(item.poll).toEqual({
      question: 'Когда открывать маяк для гостей?',
      options: [
        { text: 'По субботам', percent: 21 },
        { text: 'Каждый день', percent: 74 },
        { text: 'Никогда', percent: 5 },
      ],
      voters: 318,
    });
    expect(item.contentHtml).toContain('Каждый день — 74%');
    expect(item.views).toBe(2_300);
  });

  it('voice message, forwarded from a user without a link', async () => {
    const item = (await fetchMessage('voice.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'audio/ogg', title: 'Voice message', durationSeconds: 12, url: expect.stringMatching(/\.ogg\?token=/) as unknown });
    expect(item.forwardedFrom).toEqual({ name: 'Рыбаки Севера', url: null });
  });

  it('round video', async () => {
    const item = (await fetchMessage('round-video.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', title: 'Round video', durationSeconds: 31 });
    expect(item.author).toBe('Буйковый разговор');
  });

  it('sticker and author signature', async () => {
    const sticker = (await fetchMessage('sticker.html')).items[0]!;
    expect(sticker.media[0]).toMatchObject({ type: 'application/x-tgsticker', title: 'Sticker' });
    expect(sticker.author).toBe('⚓Keeper Olga');
    const signed = (await fetchMessage('signed.html')).items[0]!;
    expect(signed.author).toBe('⚓Keeper Ivo');
    expect(signed.contentHtml).toBe('Lamp lit.');
  });

  it('link previews (with image, text only, with video) and edited marks', async () => {
    const withImage = (await fetchMessage('link-preview.html')).items[0]!;
    expect(withImage.linkPreview).toMatchObject({
      url: 'https://pier-gazette.example/old-lighthouse/',
      siteName: 'Пирсовая газета',
      title: 'СТАРЫЙ МАЯК ОТКРЫЛИ ПОСЛЕ РЕМОНТА',
      imageUrl: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\//) as unknown,
    });
    expect(withImage.views).toBe(52_100);
    const textOnly = (await fetchMessage('link-preview-text.html')).items[0]!;
    expect(textOnly.linkPreview?.url).toMatch(/^https?:\/\//);
    expect(textOnly.linkPreview?.imageUrl).toBeUndefined();
    const video = (await fetchMessage('link-preview-video.html')).items[0]!;
    expect(video.edited).toBe(true);
    expect(video.media.some((media) => media.type === 'video/mp4')).toBe(true);
    expect(video.contentHtml).toContain('🔥');
    expect(withImage.edited).toBeUndefined();
  });
});

describe('media fragments', () => {
  it('photo from the background-image style', async () => {
    const item = (await fetchFragment('photo.html')).items[0]!;
    expect(item.media).toEqual([{ url: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\/file\/Qz81kLm.+\.jpg$/) as unknown, type: 'image/jpeg', width: 720, height: 360 }]);
  });
  it('video with thumbnail and duration', async () => {
    const item = (await fetchFragment('video.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', durationSeconds: 47, url: expect.stringMatching(/b7e2c41f0a\.mp4\?token=/) as unknown });
  });
  it('GIF (looping video)', async () => {
    const item = (await fetchFragment('gif.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', url: expect.stringMatching(/\.mp4\?token=/) as unknown });
  });
  it('"media is too big": only the poster frame, marked', async () => {
    const item = (await fetchFragment('video-too-big.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', title: 'Video (open in Telegram)', durationSeconds: 75 });
  });
  it('round video fragment', async () => {
    const item = (await fetchFragment('round-video.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', title: 'Round video' });
  });
  it('link preview fragments', async () => {
    const plain = (await fetchFragment('link-preview.html')).items[0]!;
    expect(plain.linkPreview?.url).toMatch(/^https?:\/\//);
    const video = (await fetchFragment('link-preview-video.html')).items[0]!;
    expect(video.linkPreview?.url).toMatch(/^https?:\/\//);
    expect(video.media.some((media) => media.type === 'video/mp4')).toBe(true);
  });
  it('poll fragment', async () => {
    const item = (await fetchFragment('poll.html')).items[0]!;
    expect(item.poll?.options.length).toBeGreaterThan(1);
    expect(item.poll?.question.length).toBeGreaterThan(0);
  });
});
