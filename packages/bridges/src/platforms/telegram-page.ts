/** Parser for Telegram's public channel preview (`https://t.me/s/<channel>`), pure HTML in → facts out. */
import { type AnyNode, type Element, Text } from 'domhandler';
import { findAll, findOne, getAttributeValue, getInnerHTML, replaceElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { sanitizeHtml } from '../sanitize.js';
import { type MediaItem, type NormalizedItem, type PollOption } from '../types.js';
import { parseDate } from '../util/date.js';
import { collapseWhitespace, escapeHtml, htmlToText, truncateText } from '../util/text.js';
import { resolveHttpUrl } from '../util/url.js';
import { parseDuration } from '../feed/media.js';

export interface TelegramChannelInfo {
  title: string | null;
  username: string | null;
  /** Channel description as sanitized HTML. */
  descriptionHtml: string | null;
  description: string | null;
  imageUrl: string | null;
}

export interface TelegramDocument {
  title: string;
  size: string | null;
}

export interface TelegramItem extends NormalizedItem {
  /** Numeric message id. */
  messageId: number;
  documents?: TelegramDocument[];
}

export interface TelegramPage {
  channel: TelegramChannelInfo;
  /** Newest first. */
  items: TelegramItem[];
  /** `?before=` value for the next older page, or null at the start of the channel. */
  before: string | null;
  /** Whether this is a channel preview at all (false for `t.me/<name>` landing pages). */
  isPreview: boolean;
}

const hasClass = (node: Element, name: string): boolean => {
  const value = node.attribs.class;
  if (!value) return false;
  return ` ${value} `.replace(/\s+/g, ' ').includes(` ${name} `);
};
const byClass = (name: string) => (node: Element) => hasClass(node, name);
const first = (root: AnyNode | AnyNode[], name: string): Element | null =>
  findOne(byClass(name), Array.isArray(root) ? root : [root], true);
const all = (root: AnyNode | AnyNode[], name: string): Element[] => findAll(byClass(name), Array.isArray(root) ? root : [root]);
const text = (node: AnyNode | null): string | null => (node ? collapseWhitespace(textContent(node)) || null : null);

/** URL inside `background-image:url('…')`. */
export function backgroundImage(node: Element | null, base: string): string | null {
  const style = node?.attribs.style;
  if (!style) return null;
  const match = /background-image\s*:\s*url\(\s*(?:&quot;|["'])?([^"')&]+(?:&[^q][^"')]*)?)(?:&quot;|["'])?\s*\)/i.exec(style);
  return match ? resolveHttpUrl(match[1]!.replace(/&amp;/g, '&'), base) : null;
}

function styleNumber(node: Element | null, property: string): number | undefined {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([\\d.]+)(px|%)?`, 'i').exec(node?.attribs.style ?? '');
  return match ? Number(match[1]) : undefined;
}

/** "999" → 999, "1.2K" → 1200, "3.4M" → 3400000. */
export function parseCount(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^([\d.,]+)\s*([KMB])?$/i.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]!.replace(/,/g, ''));
  const factor = { K: 1e3, M: 1e6, B: 1e9 }[(match[2] ?? '').toUpperCase()] ?? 1;
  return Math.round(n * factor);
}

/** Replace Telegram's emoji sprites (`<i class="emoji"><b>🔥</b></i>`) with the emoji itself. */
function unwrapEmoji(root: Element): void {
  for (const emoji of all(root, 'emoji')) replaceElement(emoji, new Text(textContent(emoji)));
}

function photoMedia(wrap: Element, base: string): MediaItem | null {
  const url = backgroundImage(wrap, base);
  if (!url) return null;
  const width = styleNumber(wrap, 'width');
  const ratio = styleNumber(first(wrap, 'tgme_widget_message_photo'), 'padding-top');
  return {
    url,
    type: 'image/jpeg',
    ...(width && !hasClass(wrap, 'grouped_media_wrap') ? { width: Math.round(width) } : {}),
    ...(width && ratio && !hasClass(wrap, 'grouped_media_wrap') ? { height: Math.round((width * ratio) / 100) } : {}),
  };
}

function videoMedia(player: Element, base: string): MediaItem | null {
  const video = findOne((node) => node.name === 'video', [player], true);
  const thumb = backgroundImage(first(player, 'tgme_widget_message_video_thumb') ?? first(player, 'link_preview_video_thumb'), base);
  const duration = parseDuration(text(first(player, 'message_video_duration')));
  const src = resolveHttpUrl(video?.attribs.src, base);
  if (!src) {
    // "Media is too big": only the poster frame is public.
    return thumb ? { url: thumb, type: 'image/jpeg', title: 'Video (open in Telegram)', ...(duration ? { durationSeconds: duration } : {}) } : null;
  }
  return { url: src, type: 'video/mp4', ...(thumb ? { thumbnailUrl: thumb } : {}), ...(duration ? { durationSeconds: duration } : {}) };
}

function collectMedia(bubble: Element, base: string): MediaItem[] {
  const media: MediaItem[] = [];
  const push = (item: MediaItem | null): void => {
    if (item && !media.some((existing) => existing.url === item.url)) media.push(item);
  };
  const preview = first(bubble, 'tgme_widget_message_link_preview');
  const inPreview = (node: Element): boolean => {
    for (let parent = node.parent; parent; parent = parent.parent) if (parent === preview) return true;
    return false;
  };
  const nodes = findAll(
    (node) =>
      hasClass(node, 'tgme_widget_message_photo_wrap') ||
      hasClass(node, 'tgme_widget_message_video_player') ||
      hasClass(node, 'tgme_widget_message_roundvideo_player') ||
      hasClass(node, 'tgme_widget_message_voice_player') ||
      hasClass(node, 'tgme_widget_message_voice') ||
      hasClass(node, 'tgme_widget_message_sticker_wrap'),
    [bubble],
  );
  for (const node of nodes) {
    if (inPreview(node)) continue;
    if (hasClass(node, 'tgme_widget_message_photo_wrap')) push(photoMedia(node, base));
    else if (hasClass(node, 'tgme_widget_message_video_player')) push(videoMedia(node, base));
    else if (hasClass(node, 'tgme_widget_message_roundvideo_player')) {
      const video = first(node, 'tgme_widget_message_roundvideo');
      const src = resolveHttpUrl(video?.attribs.src, base);
      const thumb = backgroundImage(first(node, 'tgme_widget_message_roundvideo_thumb'), base);
      const duration = parseDuration(text(first(node, 'tgme_widget_message_roundvideo_duration')));
      if (src)
        push({ url: src, type: 'video/mp4', title: 'Round video', ...(thumb ? { thumbnailUrl: thumb } : {}), ...(duration ? { durationSeconds: duration } : {}) });
    } else if (hasClass(node, 'tgme_widget_message_voice_player') || hasClass(node, 'tgme_widget_message_voice')) {
      const audio = node.name === 'audio' ? node : findOne((candidate) => candidate.name === 'audio', [node], true);
      const src = resolveHttpUrl(audio?.attribs.src, base);
      const player = hasClass(node, 'tgme_widget_message_voice_player') ? node : (node.parent as Element | null);
      const duration = parseDuration(text(player ? first(player, 'tgme_widget_message_voice_duration') : null));
      if (src) push({ url: src, type: /\.ogg(\?|$)/.test(src) ? 'audio/ogg' : 'audio/mpeg', title: 'Voice message', ...(duration ? { durationSeconds: duration } : {}) });
    } else if (hasClass(node, 'tgme_widget_message_sticker_wrap')) {
      const source = findOne((candidate) => candidate.name === 'source' || candidate.name === 'img', [node], true);
      const src = resolveHttpUrl(source?.attribs.srcset ?? source?.attribs.src, base) ?? backgroundImage(first(node, 'tgme_widget_message_sticker'), base);
      if (src) push({ url: src, type: source?.attribs.type ?? (/\.webp(\?|$)/.test(src) ? 'image/webp' : 'application/x-tgsticker'), title: 'Sticker' });
    }
  }
  return media;
}

function pollOf(bubble: Element): { question: string; options: PollOption[]; voters?: number } | undefined {
  const poll = first(bubble, 'tgme_widget_message_poll');
  if (!poll) return undefined;
  const options = all(poll, 'tgme_widget_message_poll_option').map((option) => {
    const percent = /(\d+(?:\.\d+)?)\s*%/.exec(text(first(option, 'tgme_widget_message_poll_option_percent')) ?? '');
    return { text: text(first(option, 'tgme_widget_message_poll_option_text')) ?? '', percent: percent ? Number(percent[1]) : null };
  });
  const voters = parseCount(text(first(bubble, 'tgme_widget_message_voters')));
  return { question: text(first(poll, 'tgme_widget_message_poll_question')) ?? '', options, ...(voters !== undefined ? { voters } : {}) };
}

function parseMessage(message: Element, channelBase: string): TelegramItem | null {
  const post = message.attribs['data-post'];
  if (!post || hasClass(message, 'service_message')) return null;
  const [channel, idText] = post.split('/');
  const messageId = Number(idText);
  if (!channel || !Number.isFinite(messageId)) return null;
  const bubble = first(message, 'tgme_widget_message_bubble') ?? message;
  const dateLink = first(bubble, 'tgme_widget_message_date');
  const time = dateLink ? findOne((node) => node.name === 'time', [dateLink], true) : findOne((node) => node.name === 'time' && !!node.attribs.datetime, [bubble], true);
  const url = resolveHttpUrl(dateLink?.attribs.href, 'https://t.me/') ?? `https://t.me/${post}`;

  const textNode = first(bubble, 'tgme_widget_message_text');
  let bodyHtml = '';
  if (textNode) {
    unwrapEmoji(textNode);
    bodyHtml = getInnerHTML(textNode);
  }
  const media = collectMedia(bubble, channelBase);

  const previewNode = first(bubble, 'tgme_widget_message_link_preview');
  let linkPreview: TelegramItem['linkPreview'];
  if (previewNode) {
    const previewUrl = resolveHttpUrl(previewNode.attribs.href, channelBase);
    if (previewUrl) {
      const image = backgroundImage(first(previewNode, 'link_preview_image') ?? first(previewNode, 'link_preview_right_image'), channelBase);
      const siteName = text(first(previewNode, 'link_preview_site_name'));
      const title = text(first(previewNode, 'link_preview_title'));
      const description = text(first(previewNode, 'link_preview_description'));
      linkPreview = {
        url: previewUrl,
        ...(siteName ? { siteName } : {}),
        ...(title ? { title } : {}),
        ...(description ? { description } : {}),
        ...(image ? { imageUrl: image } : {}),
      };
      const previewVideo = first(previewNode, 'link_preview_video_player');
      const video = previewVideo ? videoMedia(previewVideo, channelBase) : null;
      if (video) media.push(video);
    }
  }

  const poll = pollOf(bubble);
  const documents: TelegramDocument[] = all(bubble, 'tgme_widget_message_document').map((document) => ({
    title: text(first(document, 'tgme_widget_message_document_title')) ?? 'File',
    size: text(first(document, 'tgme_widget_message_document_extra')),
  }));

  // Extra blocks rendered into the HTML so readers see them without special UI.
  let extraHtml = '';
  if (poll) {
    extraHtml += `<p><strong>${escapeHtml(poll.question)}</strong></p><ul>${poll.options
      .map((option) => `<li>${escapeHtml(option.text)}${option.percent === null ? '' : ` — ${option.percent}%`}</li>`)
      .join('')}</ul>`;
  }
  for (const document of documents)
    extraHtml += `<p>📄 <a href="${escapeHtml(url)}">${escapeHtml(document.title)}</a>${document.size ? ` (${escapeHtml(document.size)})` : ''}</p>`;
  if (linkPreview) {
    extraHtml += `<blockquote><p><a href="${escapeHtml(linkPreview.url)}">${escapeHtml(linkPreview.title ?? linkPreview.siteName ?? linkPreview.url)}</a></p>${
      linkPreview.description ? `<p>${escapeHtml(linkPreview.description)}</p>` : ''
    }</blockquote>`;
  }

  const contentHtml = sanitizeHtml(bodyHtml + extraHtml, { baseUrl: channelBase });
  const forwardNode = first(bubble, 'tgme_widget_message_forwarded_from_name');
  const forwardedFrom = forwardNode
    ? { name: text(forwardNode) ?? '', url: resolveHttpUrl(forwardNode.attribs.href, 'https://t.me/') }
    : undefined;
  const signature = text(first(bubble, 'tgme_widget_message_from_author'));
  const owner = text(first(bubble, 'tgme_widget_message_owner_name'));
  const meta = first(bubble, 'tgme_widget_message_meta');
  const edited = meta ? /\bedited\b/i.test(textContent(meta)) : false;
  const views = parseCount(text(first(bubble, 'tgme_widget_message_views')));
  const summaryText = htmlToText(contentHtml);

  return {
    guid: post,
    messageId,
    url,
    title: null,
    contentHtml,
    summary: truncateText(summaryText || (poll?.question ?? '')),
    author: signature ?? owner,
    publishedAt: parseDate(getAttributeValue(time ?? ({ attribs: {} } as Element), 'datetime')),
    media,
    kind: 'post',
    ...(views !== undefined ? { views } : {}),
    ...(forwardedFrom ? { forwardedFrom } : {}),
    ...(edited ? { edited } : {}),
    ...(poll ? { poll } : {}),
    ...(linkPreview ? { linkPreview } : {}),
    ...(documents.length ? { documents } : {}),
  };
}

function meta(nodes: AnyNode[], key: string): string | null {
  const node = findOne((candidate) => candidate.name === 'meta' && (candidate.attribs.property === key || candidate.attribs.name === key), nodes, true);
  return node?.attribs.content?.trim() || null;
}

/** Parse a `t.me/s/<channel>` page (or a fragment of one). */
export function parseTelegramPage(html: string, pageUrl: string): TelegramPage {
  const document = parseDocument(html, { decodeEntities: true });
  const nodes = document.children;
  const info = first(nodes, 'tgme_channel_info');
  const descriptionNode = info ? first(info, 'tgme_channel_info_description') : first(nodes, 'tgme_page_description');
  if (descriptionNode) unwrapEmoji(descriptionNode);
  const descriptionHtml = descriptionNode ? sanitizeHtml(getInnerHTML(descriptionNode), { baseUrl: pageUrl }) : null;
  const avatar = info ? findOne((node) => node.name === 'img', [first(info, 'tgme_page_photo_image') ?? info], true) : null;
  const usernameText = text(info ? first(info, 'tgme_channel_info_header_username') : null);
  const channel: TelegramChannelInfo = {
    title:
      text(info ? first(info, 'tgme_channel_info_header_title') : null) ??
      text(first(nodes, 'tgme_page_title')) ??
      meta(nodes, 'og:title'),
    username: usernameText?.replace(/^@/, '') ?? null,
    descriptionHtml: descriptionHtml || null,
    description: descriptionHtml ? htmlToText(descriptionHtml.replace(/<br\s*\/?>/g, '\n')) || null : meta(nodes, 'og:description'),
    imageUrl: resolveHttpUrl(avatar?.attribs.src, pageUrl) ?? resolveHttpUrl(meta(nodes, 'og:image'), pageUrl),
  };
  const items = all(nodes, 'tgme_widget_message')
    .map((message) => parseMessage(message, pageUrl))
    .filter((item): item is TelegramItem => item !== null)
    .sort((a, b) => b.messageId - a.messageId);
  const more = findOne((node) => hasClass(node, 'tme_messages_more') && !!node.attribs['data-before'], nodes, true);
  const prev = findOne((node) => node.name === 'link' && node.attribs.rel === 'prev', nodes, true);
  const before = more?.attribs['data-before'] ?? /[?&]before=(\d+)/.exec(prev?.attribs.href ?? '')?.[1] ?? null;
  const isPreview = info !== null || items.length > 0 || first(nodes, 'tgme_channel_history') !== null;
  return { channel, items, before, isPreview };
}
