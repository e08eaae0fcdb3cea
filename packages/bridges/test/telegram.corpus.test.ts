import { readFixture } from './helpers/corpus.js';
import { telegramChecks } from './checks/telegram.checks.js';

telegramChecks(readFixture, {
  messages: 'telegram/any2feed/',
  fragments: 'telegram/any2feed/',
  channel: {
    title: 'channel title, description, avatar, 12 posts newest first, pagination cursor',
    channel: 'topwar_official',
    page: 'telegram/any2feed/full.html',
    sourceTitle: 'Военное обозрение',
    description: /^Официальный канал сайта topwar\.ru/,
    items: 12,
    newest: '71008',
    oldest: '70989',
  },
  // The recorded text message is only checked for content, a summary and no classes.
  text: { file: 'message_text.html' },
  album: {
    file: 'message_media_photo_and_video.html',
    guid: 'anna_news/46908',
    author: 'ANNA-NEWS',
    views: 59_500,
    publishedAt: '2023-02-28T06:48:36.000Z',
    bold: '<b>Ночью над Белгородом сбили 3',
    hashtagQuery: '%23%D0%91%D0%B5%D0%BB%D0%B3%D0%BE%D1%80%D0%BE%D0%B4',
  },
  forwarded: {
    file: 'message_media_forwarded_from.html',
    from: { name: 'Пул N3', url: 'https://t.me/dimsmirnov175/44604' },
    views: 214_400,
    width: 800,
    height: 574,
    summary: 'Британская разведка выяснила, почему Ким Чен Ын начал выводить дочку в свет',
  },
  document: { file: 'message_media_file.html', title: 'Оппозиционные медиапроекты.pdf', size: '2.1 MB', from: 'Кремлёвская прачка', views: 171_900 },
  poll: {
    file: 'message_poll.html',
    poll: {
      question: 'Как лучше?',
      options: [
        { text: 'Несколько постов в день', percent: 16 },
        { text: 'Один пост в несколько дней', percent: 83 },
        { text: 'Свой вариант в комментарии', percent: 3 },
      ],
      voters: 222,
    },
    contains: 'Один пост в несколько дней — 83%',
    views: 1_100,
  },
  voice: { file: 'message_voice.html', media: {}, from: 'Спортивный Екб' },
  roundVideo: { file: 'message_media_round_video.html', durationSeconds: 44, author: 'Крупнокалиберный Переполох' },
  signatures: {
    sticker: { file: 'message_sticker.html', author: '🅰️User' },
    signed: { file: 'message_with_from_author.html', author: '🅰️rkadiy Ivanov', contentHtml: 'test<span></span>' },
  },
  linkPreviews: {
    withImage: {
      file: 'message_link_preview.html',
      preview: { url: 'https://vnnews.ru/georgiy-zotov-okkupaciya-volosatym-kr/', siteName: 'Ваши новости — интернет-газета', title: 'Георгий Зотов: ОККУПАЦИЯ ВОЛОСАТЫМ КРАБОМ' },
      views: 226_200,
    },
    textOnly: 'message_link_preview_text_only.html',
    video: 'message_link_preview_video.html',
  },
  fragment: {
    photo: { file: 'media_photo.html', id: 'A6p54HYa', width: 718, height: 341 },
    video: { file: 'media_video.html', id: '6a6c95d988', durationSeconds: 34 },
    gif: 'media_video_gif.html',
    videoTooBig: { file: 'media_video_too_big.html', durationSeconds: 69 },
    roundVideo: 'media_cicrle_video.html',
    linkPreview: 'link_preview.html',
    linkPreviewVideo: 'link_preview_video.html',
    poll: 'poll.html',
  },
});
