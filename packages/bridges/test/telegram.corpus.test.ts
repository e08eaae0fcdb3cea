/** Telegram web preview pages and message fragments, served as `t.me/s/<channel>`. */
import { describe, expect, it } from 'vitest';
import { resolveSource, telegramBridge, type FetchResult, type SourceRef } from '@tributary/bridges';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();

const ref = (name: string): SourceRef => ({ kind: 'TELEGRAM', key: `telegram:${name}`, fetchUrl: server.url(`/tg/s/${name}`), siteUrl: `https://t.me/${name}` });

/** A single-message fixture is served as a channel page on its own. */
async function fetchMessage(fixture: string, name = 'chan'): Promise<FetchResult> {
  server.fixture(`/tg/s/${name}`, `telegram/any2feed/${fixture}`);
  return telegramBridge.fetch(ref(name), null, ctx());
}

/** Fragments (media blocks) are wrapped in a message shell on the fly. */
async function fetchFragment(fixture: string): Promise<FetchResult> {
  server.fixture('/tg/s/frag', `telegram/any2feed/${fixture}`, {
    transform: (html) =>
      `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="frag/7"><div class="tgme_widget_message_bubble">${html}<div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/frag/7"><time datetime="2023-03-01T10:00:00+00:00"></time></a></span></div></div></div></div>`,
  });
  return telegramBridge.fetch(ref('frag'), null, ctx());
}

describe('full channel page', () => {
  it('channel title, description, avatar, 12 posts newest first, pagination cursor', async () => {
    server.fixture('/tg/s/topwar_official', 'telegram/any2feed/full.html');
    const result = await telegramBridge.fetch(ref('topwar_official'), null, ctx());
    expect(result.source.title).toBe('Военное обозрение');
    expect(result.source.description).toMatch(/^Официальный канал сайта topwar\.ru/);
    expect(result.source.imageUrl).toMatch(/^https:\/\/cdn\d?\.telegram-cdn\.org\/file\//);
    expect(result.items).toHaveLength(12);
    expect(result.items.map((item) => item.guid)[0]).toBe('topwar_official/71008');
    expect(result.items.at(-1)!.guid).toBe('topwar_official/70989');
    const newest = result.items[0]!;
    expect(newest.url).toBe('https://t.me/topwar_official/71008');
    expect(newest.kind).toBe('post');
    expect(newest.title).toBeNull();
    expect(newest.publishedAt).toBeInstanceOf(Date);
    expect(newest.views).toBeGreaterThan(0);
    expect(result.items.some((item) => item.media.some((media) => media.type === 'image/jpeg'))).toBe(true);
    expect(result.nextPage).toBe('70989');
    expect(result.state.cursor).toBe('71008');
  });

  it('older pages via ?before=', async () => {
    server.route('/tg/s/topwar_official', (url) => {
      expect(url.searchParams.get('before')).toBe('70989');
      return { headers: { 'content-type': 'text/html' }, body: '<main class="tgme_main"><section class="tgme_channel_history"></section></main>' };
    });
    const page = await telegramBridge.fetch(ref('topwar_official'), null, ctx(), { page: '70989' });
    expect(page.items).toEqual([]);
    expect(page.nextPage).toBeNull();
    expect(server.requests[0]!.url).toBe(server.url('/tg/s/topwar_official?before=70989'));
  });

  it('resolves t.me/s/name, t.me/name and @name (with the kind chosen) to one key', async () => {
    server.fixture('/tg/s/topwar_official', 'telegram/any2feed/full.html');
    const byUrl = await resolveSource(`${server.origin}/tg/topwar_official`, {}, ctx());
    const byPreview = await resolveSource(`${server.origin}/tg/s/topwar_official`, {}, ctx());
    const byHandle = await resolveSource('@topwar_official', { kindHint: 'TELEGRAM' }, ctx());
    const byRealUrl = await resolveSource('https://t.me/topwar_official', {}, ctx());
    for (const resolved of [byUrl, byPreview, byHandle, byRealUrl])
      expect(resolved).toEqual({ kind: 'TELEGRAM', key: 'telegram:topwar_official', fetchUrl: server.url('/tg/s/topwar_official'), siteUrl: 'https://t.me/topwar_official' });
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
    const result = await fetchMessage('message_text.html');
    const item = result.items[0]!;
    expect(item.contentHtml.length).toBeGreaterThan(0);
    expect(item.contentHtml).not.toContain('class=');
    expect(item.summary.length).toBeGreaterThan(0);
  });

  it('album: photos and a video in one post; hashtags resolve to channel search', async () => {
    const result = await fetchMessage('message_media_photo_and_video.html');
    const item = result.items[0]!;
    expect(item.guid).toBe('anna_news/46908');
    expect(item.author).toBe('ANNA-NEWS');
    expect(item.views).toBe(59_500);
    expect(item.publishedAt?.toISOString()).toBe('2023-02-28T06:48:36.000Z');
    expect(item.media.map((media) => media.type)).toEqual(['video/mp4', 'image/jpeg', 'image/jpeg']);
    expect(item.media[0]).toMatchObject({ durationSeconds: 5, thumbnailUrl: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\//) as unknown });
    expect(item.contentHtml).toContain('<b>Ночью над Белгородом сбили 3');
    expect(item.contentHtml).toContain(`href="${server.url('/tg/s/chan?q=%23%D0%91%D0%B5%D0%BB%D0%B3%D0%BE%D1%80%D0%BE%D0%B4')}"`);
  });

  it('forwarded from another channel, with a photo', async () => {
    const item = (await fetchMessage('message_media_forwarded_from.html')).items[0]!;
    expect(item.forwardedFrom).toEqual({ name: 'Пул N3', url: 'https://t.me/dimsmirnov175/44604' });
    expect(item.views).toBe(214_400);
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', width: 800, height: 574 });
    expect(item.summary).toBe('Британская разведка выяснила, почему Ким Чен Ын начал выводить дочку в свет');
  });

  it('document attachment', async () => {
    const item = (await fetchMessage('message_media_file.html')).items[0]!;
    expect((item as { documents?: unknown }).documents).toEqual([{ title: 'Оппозиционные медиапроекты.pdf', size: '2.1 MB' }]);
    expect(item.contentHtml).toContain('Оппозиционные медиапроекты.pdf');
    expect(item.forwardedFrom?.name).toBe('Кремлёвская прачка');
    expect(item.views).toBe(171_900);
  });

  it('poll with options, percentages and voters', async () => {
    const item = (await fetchMessage('message_poll.html')).items[0]!;
    expect(item.poll).toEqual({
      question: 'Как лучше?',
      options: [
        { text: 'Несколько постов в день', percent: 16 },
        { text: 'Один пост в несколько дней', percent: 83 },
        { text: 'Свой вариант в комментарии', percent: 3 },
      ],
      voters: 222,
    });
    expect(item.contentHtml).toContain('Один пост в несколько дней — 83%');
    expect(item.views).toBe(1_100);
  });

  it('voice message, forwarded from a user without a link', async () => {
    const item = (await fetchMessage('message_voice.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'audio/ogg', title: 'Voice message', url: expect.stringMatching(/\.ogg\?token=/) as unknown });
    expect(item.forwardedFrom).toEqual({ name: 'Спортивный Екб', url: null });
  });

  it('round video', async () => {
    const item = (await fetchMessage('message_media_round_video.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', title: 'Round video', durationSeconds: 44 });
    expect(item.author).toBe('Крупнокалиберный Переполох');
  });

  it('sticker and author signature', async () => {
    const sticker = (await fetchMessage('message_sticker.html')).items[0]!;
    expect(sticker.media[0]).toMatchObject({ type: 'application/x-tgsticker', title: 'Sticker' });
    expect(sticker.author).toBe('🅰️User');
    const signed = (await fetchMessage('message_with_from_author.html')).items[0]!;
    expect(signed.author).toBe('🅰️rkadiy Ivanov');
    expect(signed.contentHtml).toBe('test<span></span>');
  });

  it('link previews (with image, text only, with video) and edited marks', async () => {
    const withImage = (await fetchMessage('message_link_preview.html')).items[0]!;
    expect(withImage.linkPreview).toMatchObject({
      url: 'https://vnnews.ru/georgiy-zotov-okkupaciya-volosatym-kr/',
      siteName: 'Ваши новости — интернет-газета',
      title: 'Георгий Зотов: ОККУПАЦИЯ ВОЛОСАТЫМ КРАБОМ',
      imageUrl: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\//) as unknown,
    });
    expect(withImage.views).toBe(226_200);
    const textOnly = (await fetchMessage('message_link_preview_text_only.html')).items[0]!;
    expect(textOnly.linkPreview?.url).toMatch(/^https?:\/\//);
    expect(textOnly.linkPreview?.imageUrl).toBeUndefined();
    const video = (await fetchMessage('message_link_preview_video.html')).items[0]!;
    expect(video.edited).toBe(true);
    expect(video.media.some((media) => media.type === 'video/mp4')).toBe(true);
    expect(video.contentHtml).toContain('🔥');
    expect(withImage.edited).toBeUndefined();
  });
});

describe('media fragments', () => {
  it('photo from the background-image style', async () => {
    const item = (await fetchFragment('media_photo.html')).items[0]!;
    expect(item.media).toEqual([{ url: expect.stringMatching(/^https:\/\/cdn4\.telegram-cdn\.org\/file\/A6p54HYa.+\.jpg$/) as unknown, type: 'image/jpeg', width: 718, height: 341 }]);
  });
  it('video with thumbnail and duration', async () => {
    const item = (await fetchFragment('media_video.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', durationSeconds: 34, url: expect.stringMatching(/6a6c95d988\.mp4\?token=/) as unknown });
  });
  it('GIF (looping video)', async () => {
    const item = (await fetchFragment('media_video_gif.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', url: expect.stringMatching(/\.mp4\?token=/) as unknown });
  });
  it('"media is too big": only the poster frame, marked', async () => {
    const item = (await fetchFragment('media_video_too_big.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', title: 'Video (open in Telegram)', durationSeconds: 69 });
  });
  it('round video fragment', async () => {
    const item = (await fetchFragment('media_cicrle_video.html')).items[0]!;
    expect(item.media[0]).toMatchObject({ type: 'video/mp4', title: 'Round video' });
  });
  it('link preview fragments', async () => {
    const plain = (await fetchFragment('link_preview.html')).items[0]!;
    expect(plain.linkPreview?.url).toMatch(/^https?:\/\//);
    const video = (await fetchFragment('link_preview_video.html')).items[0]!;
    expect(video.linkPreview?.url).toMatch(/^https?:\/\//);
    expect(video.media.some((media) => media.type === 'video/mp4')).toBe(true);
  });
  it('poll fragment', async () => {
    const item = (await fetchFragment('poll.html')).items[0]!;
    expect(item.poll?.options.length).toBeGreaterThan(1);
    expect(item.poll?.question.length).toBeGreaterThan(0);
  });
});
