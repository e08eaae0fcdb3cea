export * from './errors.js';
export * from './http.js';
export * from './types.js';
export { sanitizeHtml, ALLOWED_IFRAME_HOSTS, type SanitizeOptions } from './sanitize.js';
export { parseFeed, parseFeedText } from './feed/parse.js';
export { TRIBUTARY_NAMESPACE } from './feed/xml.js';
export { normalizeItems, sourceMetaOf } from './feed/normalize.js';
export { rssBridge, resolveFeed } from './platforms/rss.js';
