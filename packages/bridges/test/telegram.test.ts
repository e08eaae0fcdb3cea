import { input } from '@tributary/test-support';
import { telegramChecks } from './checks/telegram.checks.js';

telegramChecks(input, {
  messages: 'telegram/messages/',
  fragments: 'telegram/fragments/',
  channel: {
    title: 'channel title, description, avatar, posts newest first, pagination cursor',
    channel: 'lantern_quay',
    page: 'telegram/channel.html',
    sourceTitle: 'Ночной маяк',
    description: /^Канал смотрителей маяка/,
    items: 4,
    newest: '5004',
    oldest: '5001',
    newestViews: 3100,
    newestContains: '💡',
  },
  text: {
    file: 'text.html',
    contains: ['<b>Morning report:</b>', 'href="https://harbour.example/report"'],
    summary: /^Morning report: boats out at five/,
    views: 4_200,
  },
  album: {
    file: 'album.html',
    guid: 'coast_watch/4120',
    author: 'COAST-WATCH',
    views: 41_300,
    publishedAt: '2026-02-14T06:48:36.000Z',
    bold: '<b>Три баржи прошли мимо мыса</b>',
    hashtagQuery: '%23%D0%BC%D1%8B%D1%81',
  },
  forwarded: {
    file: 'forwarded.html',
    from: { name: 'Чайка Ньюс', url: 'https://t.me/gull_news/8812' },
    views: 88_800,
    width: 800,
    height: 600,
    summary: 'Смотритель маяка научил чаек приносить почту',
  },
  document: { file: 'document.html', title: 'Приливы 2026.pdf', size: '1.4 MB', from: 'Таблица приливов', views: 12_600 },
  poll: {
    file: 'poll.html',
    poll: {
      question: 'Когда открывать маяк для гостей?',
      options: [
        { text: 'По субботам', percent: 21 },
        { text: 'Каждый день', percent: 74 },
        { text: 'Никогда', percent: 5 },
      ],
      voters: 318,
    },
    contains: 'Каждый день — 74%',
    views: 2_300,
  },
  voice: { file: 'voice.html', media: { durationSeconds: 12 }, from: 'Рыбаки Севера' },
  roundVideo: { file: 'round-video.html', durationSeconds: 31, author: 'Буйковый разговор' },
  signatures: {
    sticker: { file: 'sticker.html', author: '⚓Keeper Olga' },
    signed: { file: 'signed.html', author: '⚓Keeper Ivo', contentHtml: 'Lamp lit.' },
  },
  linkPreviews: {
    withImage: {
      file: 'link-preview.html',
      preview: { url: 'https://pier-gazette.example/old-lighthouse/', siteName: 'Пирсовая газета', title: 'СТАРЫЙ МАЯК ОТКРЫЛИ ПОСЛЕ РЕМОНТА' },
      views: 52_100,
    },
    textOnly: 'link-preview-text.html',
    video: 'link-preview-video.html',
  },
  fragment: {
    photo: { file: 'photo.html', id: 'Qz81kLm', width: 720, height: 360 },
    video: { file: 'video.html', id: 'b7e2c41f0a', durationSeconds: 47 },
    gif: 'gif.html',
    videoTooBig: { file: 'video-too-big.html', durationSeconds: 75 },
    roundVideo: 'round-video.html',
    linkPreview: 'link-preview.html',
    linkPreviewVideo: 'link-preview-video.html',
    poll: 'poll.html',
  },
});
