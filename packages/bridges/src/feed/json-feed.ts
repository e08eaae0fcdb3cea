/** JSON Feed 1.0/1.1 → {@link ParsedFeed}. */
import { ParseError } from '../errors.js';
import { type MediaItem } from '../types.js';
import { parseDate } from '../util/date.js';
import { textToHtml } from '../util/text.js';
import { resolveHttpUrl } from '../util/url.js';
import { addMedia, guessMediaType, positiveInt } from './media.js';
import { type ParsedFeed, type ParsedItem } from './model.js';
import { plainText } from './xml-feed.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() || null : typeof value === 'number' ? String(value) : null;

function authorOf(value: Json): string | null {
  const authors = Array.isArray(value.authors) ? value.authors.filter(isObject) : [];
  const names = authors.map((author) => plainText(str(author.name), 'strip')).filter((name): name is string => !!name);
  if (names.length) return names.join(', ');
  if (isObject(value.author)) return plainText(str(value.author.name), 'strip');
  return null;
}

function verifyCodes(value: Json): string[] {
  const extension = value._tributary;
  if (!isObject(extension)) return [];
  const verify = extension.verify;
  const list = Array.isArray(verify) ? verify : [verify];
  return list.map(str).filter((code): code is string => !!code);
}

export function isJsonFeedText(text: string): boolean {
  const start = text.search(/\S/);
  return start >= 0 && (text[start] === '{' || text[start] === '[');
}

export function parseJsonFeed(text: string, documentUrl: string | null): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ParseError('The JSON feed is not valid JSON (truncated or corrupted).', { reason: 'bad-json', cause: error });
  }
  // The spec says a jsonfeed.org URL; producers also write http:// or a bare "1.1".
  if (
    !isObject(data) ||
    typeof data.version !== 'string' ||
    !(/^https?:\/\/jsonfeed\.org\/version\//i.test(data.version) || (/^1(\.\d+)?$/.test(data.version) && Array.isArray(data.items)))
  )
    throw new ParseError('This JSON document is not a JSON Feed (no jsonfeed.org version).', { reason: 'not-a-feed' });
  const feedUrl = str(data.feed_url);
  const home = str(data.home_page_url);
  const base = resolveHttpUrl(feedUrl, documentUrl) ?? resolveHttpUrl(home, documentUrl) ?? documentUrl;
  const feedAuthor = authorOf(data);
  const items: ParsedItem[] = (Array.isArray(data.items) ? data.items : []).filter(isObject).map((item) => {
    const url = resolveHttpUrl(str(item.url), base) ?? resolveHttpUrl(str(item.external_url), base);
    const itemBase = url ?? base;
    const media: MediaItem[] = [];
    for (const attachment of Array.isArray(item.attachments) ? item.attachments.filter(isObject) : []) {
      const attachmentUrl = resolveHttpUrl(str(attachment.url), itemBase);
      if (!attachmentUrl) continue;
      const size = positiveInt(str(attachment.size_in_bytes));
      const duration = positiveInt(str(attachment.duration_in_seconds));
      const title = str(attachment.title);
      addMedia(media, {
        url: attachmentUrl,
        type: guessMediaType(attachmentUrl, str(attachment.mime_type)),
        ...(size ? { size } : {}),
        ...(duration ? { durationSeconds: duration } : {}),
        ...(title ? { title } : {}),
      });
    }
    const image = resolveHttpUrl(str(item.image) ?? str(item.banner_image), itemBase);
    if (image && !media.some((entry) => entry.url === image)) {
      const playable = media.find((entry) => !entry.type.startsWith('image/'));
      if (playable && !playable.thumbnailUrl) playable.thumbnailUrl = image;
      else addMedia(media, { url: image, type: guessMediaType(image, null, 'image') });
    }
    const contentHtml = str(item.content_html);
    const contentText = str(item.content_text);
    const summary = str(item.summary);
    return {
      id: str(item.id),
      url,
      title: plainText(str(item.title)),
      contentHtml: contentHtml ?? (contentText ? textToHtml(contentText) : null),
      summaryHtml: summary,
      author: authorOf(item) ?? feedAuthor,
      published: parseDate(str(item.date_published)),
      updated: parseDate(str(item.date_modified)),
      media,
      categories: Array.isArray(item.tags) ? item.tags.map(str).filter((tag): tag is string => !!tag) : [],
      baseUrl: itemBase,
      verifyCodes: verifyCodes(item),
    };
  });
  const version = /(?:version\/)?(\d+(?:\.\d+)?)$/.exec(data.version.replace(/\/$/, ''))?.[1] ?? '1';
  return {
    format: 'json',
    version: `json-${version}`,
    title: plainText(str(data.title)),
    description: str(data.description),
    siteUrl: resolveHttpUrl(home, documentUrl),
    selfUrl: resolveHttpUrl(feedUrl, documentUrl),
    imageUrl: resolveHttpUrl(str(data.icon) ?? str(data.favicon), base),
    language: str(data.language),
    generator: null,
    webMaster: null,
    author: feedAuthor,
    hubUrl: Array.isArray(data.hubs) ? (data.hubs.filter(isObject).map((hub) => resolveHttpUrl(str(hub.url), base)).find(Boolean) ?? null) : null,
    nextUrl: resolveHttpUrl(str(data.next_url), base),
    ttlSeconds: null,
    verifyCodes: verifyCodes(data),
    baseUrl: base,
    items,
  };
}
