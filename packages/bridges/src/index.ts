/**
 * @tributary/bridges — platform adapters behind one contract (see README.md).
 * Pure TypeScript; all network access goes through the injected {@link HttpClient}.
 */
export * from './errors.js';
export * from './http.js';
export * from './types.js';
export * from './options.js';
export { bridges, bridgeFor, resolveAndFetch, resolveSource, type ResolveSourceOptions } from './registry.js';
export { sanitizeHtml, ALLOWED_IFRAME_HOSTS, type SanitizeOptions } from './sanitize.js';

// Feeds (also used by the API for previews and by bench/parse)
export { parseFeed, parseFeedText, looksLikeHtml, type ParseFeedInput } from './feed/parse.js';
export { type ParsedFeed, type ParsedItem } from './feed/model.js';
export {
  normalizeItems,
  normalizeFeedItems,
  normalizeItem,
  fingerprintOf,
  sourceMetaOf,
  guidOf,
  type NormalizedFeedItems,
} from './feed/normalize.js';
export { decodeBytes, type DecodedText } from './feed/encoding.js';
export { discoverFeeds, type DiscoveredFeed, type PageInfo } from './feed/discover.js';
export { TRIBUTARY_NAMESPACE, parseXml, type XmlDocument, type XmlElement } from './feed/xml.js';

// Platforms
export { rssBridge, resolveFeed, fetchFeedSource, type ResolvedFeed } from './platforms/rss.js';
export {
  substackBridge,
  parseSubstackInput,
  publicationUrl,
  substackPostToItem,
  substackRefFromFeed,
  SUBSTACK_ARCHIVE_PAGE_SIZE,
  type SubstackInput,
} from './platforms/substack.js';
export { telegramBridge, telegramChannelName } from './platforms/telegram.js';
export {
  parseTelegramPage,
  parseCount,
  type TelegramPage,
  type TelegramItem,
  type TelegramChannelInfo,
  type TelegramDocument,
} from './platforms/telegram-page.js';
export { xBridge, xUsername, xUserId, lookupXUser, parseTweets, tweetTextToHtml } from './platforms/x.js';

// Ownership through the creator's site
export { verifyRelMe, relMeLinks, isSameProfileUrl } from './verify/rel-me.js';

// Utilities worth sharing
export { parseDate } from './util/date.js';
export { htmlToText, normalizeForMatch, containsCode, truncateText } from './util/text.js';
export { stableHash } from './util/hash.js';

// OPML subscription lists (import/export)
export {
  parseOpml,
  serializeOpml,
  assertWellFormedXml,
  OPML_FOLDER_SEPARATOR,
  type ParsedOpml,
  type OpmlFeed,
  type OpmlSkipped,
  type OpmlExportFeed,
} from './opml/opml.js';
