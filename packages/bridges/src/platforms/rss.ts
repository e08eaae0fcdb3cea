/** Generic feeds: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1, and HTML pages that link to one. */
import { BridgeError, ParseError, UnsupportedError } from '../errors.js';
import { COMMON_FEED_PATHS, discoverFeeds } from '../feed/discover.js';
import { decodeBytes } from '../feed/encoding.js';
import { type ParsedFeed } from '../feed/model.js';
import { looksLikeHtml, parseFeedText } from '../feed/parse.js';
import { charsetOf, httpGet, type HttpResponse } from '../http.js';
import { optionsOf } from '../options.js';
import { type Bridge, type BridgeContext, type FetchOptions, type FetchResult, type FetchState, type SourceRef, type VerifyResult } from '../types.js';
import { canonicalUrl, resolveHttpUrl, toHttpUrl } from '../util/url.js';
import {
  FEED_ACCEPT,
  feedFetchResult,
  feedFromResponse,
  feedRequest,
  type LoadedFeed,
  loadFeed,
  notModifiedResult,
  verifyFeed,
} from './feed-common.js';

export interface ResolvedFeed {
  ref: SourceRef;
  feed: ParsedFeed;
  /** The response the feed was parsed from: its first fetch needs no second GET. */
  response: HttpResponse;
}

async function get(url: string, ctx: BridgeContext): Promise<HttpResponse> {
  return httpGet(ctx.http, url, {
    headers: { Accept: `${FEED_ACCEPT}, text/html;q=0.7` },
    maxBodyBytes: optionsOf(ctx).maxBodyBytes,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}

function refFor(url: string, feed: ParsedFeed): SourceRef {
  return { kind: 'RSS', key: `rss:${canonicalUrl(url)}`, fetchUrl: url, siteUrl: feed.siteUrl ?? new URL(url).origin + '/' };
}

/** Try a candidate URL as a feed; null when it is not one (or fails). */
async function tryFeed(url: string, ctx: BridgeContext): Promise<{ url: string; feed: ParsedFeed; response: HttpResponse } | null> {
  try {
    const response = await get(url, ctx);
    const text = decodeBytes(response.body, charsetOf(response.headers)).text;
    if (looksLikeHtml(text)) return null;
    return { url: response.url, feed: parseFeedText(text, response.url), response };
  } catch (error) {
    if (error instanceof BridgeError && error.kind !== 'transient') return null;
    throw error;
  }
}

/** Resolve a URL or domain to a feed, following autodiscovery from HTML pages. */
export async function resolveFeed(input: string, ctx: BridgeContext): Promise<ResolvedFeed> {
  const url = toHttpUrl(input);
  if (!url) throw new UnsupportedError(`"${input}" is not a web address or a handle we know.`, { reason: 'not-a-url' });
  const response = await get(url, ctx);
  const text = decodeBytes(response.body, charsetOf(response.headers)).text;
  if (!looksLikeHtml(text)) {
    const feed = parseFeedText(text, response.url);
    return { ref: refFor(response.url, feed), feed, response };
  }
  const page = discoverFeeds(text, response.url);
  const candidates = [...page.feeds.map((feed) => feed.url)];
  const origin = new URL(response.url).origin;
  for (const path of COMMON_FEED_PATHS.slice(0, 5)) {
    const candidate = resolveHttpUrl(path, origin);
    if (candidate && !candidates.includes(candidate)) candidates.push(candidate);
  }
  for (const candidate of candidates.slice(0, 8)) {
    const found = await tryFeed(candidate, ctx);
    if (found) {
      return {
        ref: { ...refFor(found.url, found.feed), siteUrl: found.feed.siteUrl ?? response.url },
        feed: found.feed,
        response: found.response,
      };
    }
  }
  throw new ParseError(
    `No feed found at ${response.url}: the page advertises none and the usual feed addresses did not answer with one.`,
    { reason: 'not-a-feed', url: response.url },
  );
}

export async function fetchFeedSource(
  ref: SourceRef,
  state: FetchState | null,
  ctx: BridgeContext,
  options: FetchOptions = {},
  normalize: { kind?: 'article' | 'post' } = {},
): Promise<FetchResult> {
  const pageUrl = options.page ? resolveHttpUrl(options.page, ref.fetchUrl) : null;
  if (options.page && !pageUrl) throw new UnsupportedError('The page token is not a feed URL.', { reason: 'bad-page' });
  const loaded = await loadFeed(pageUrl ?? ref.fetchUrl, pageUrl ? null : state, ctx);
  return completeFeedFetch(loaded, state, ctx, normalize);
}

function completeFeedFetch(
  loaded: LoadedFeed,
  state: FetchState | null,
  ctx: Omit<BridgeContext, 'http'>,
  normalize: { kind?: 'article' | 'post' } = {},
): FetchResult {
  if (!loaded.feed) return notModifiedResult(loaded.response, state);
  return feedFetchResult({ ...loaded, feed: loaded.feed }, state, ctx, normalize);
}

export const rssBridge: Bridge = {
  kind: 'RSS',
  singleRequest: {
    request: (ref, state, ctx) => feedRequest(ref.fetchUrl, state, ctx),
    complete: (_ref, state, response, ctx) => completeFeedFetch(feedFromResponse(response), state, ctx),
  },
  matches(input) {
    return toHttpUrl(input) !== null;
  },
  async resolve(input, ctx) {
    return (await resolveFeed(input, ctx)).ref;
  },
  async resolveAndFetch(input, ctx) {
    const { ref, feed, response } = await resolveFeed(input, ctx);
    return { ref, result: feedFetchResult({ response, feed }, null, ctx) };
  },
  async fetch(ref, state, ctx, options) {
    return fetchFeedSource(ref, state, ctx, options);
  },
  async verify(ref, challenge, ctx): Promise<VerifyResult> {
    return verifyFeed(ref.fetchUrl, challenge, ctx, 'feed');
  },
};
