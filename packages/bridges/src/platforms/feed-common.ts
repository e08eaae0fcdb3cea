/** Fetching and verifying feed documents: shared by the RSS, Substack and Nitter (X) paths. */
import { ParseError } from '../errors.js';
import { normalizeFeedItems, type NormalizeOptions, sourceMetaOf } from '../feed/normalize.js';
import { type ParsedFeed } from '../feed/model.js';
import { parseFeed } from '../feed/parse.js';
import { charsetOf, type HttpResponse, type Validators } from '../http.js';
import { optionsOf } from '../options.js';
import { type PlanOptions, type StepContext } from '../plan.js';
import {
  type BridgeOptions,
  type FetchHints,
  type FetchResult,
  type FetchState,
  type VerifyPlace,
  type VerifyResult,
} from '../types.js';
import { linkWithRel, parseLinkHeader } from '../util/link-header.js';
import { containsCode, htmlToText } from '../util/text.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

export interface LoadedFeed {
  response: HttpResponse;
  /** Null when the server answered 304 Not Modified. */
  feed: ParsedFeed | null;
}

/** How a feed is requested: one GET, conditional when there are validators. */
export function feedPlanOptions(state: Validators | null, ctx: BridgeOptions): PlanOptions {
  return { headers: { Accept: FEED_ACCEPT }, validators: state ?? {}, maxBodyBytes: optionsOf(ctx).maxBodyBytes };
}

/** The answer to a feed plan, parsed unless it is a 304. */
export function feedFromResponse(response: HttpResponse): LoadedFeed {
  if (response.status === 304) return { response, feed: null };
  return { response, feed: parseFeed({ body: response.body, url: response.url, charset: charsetOf(response.headers) }) };
}

/** The answer to an unconditional feed plan: a feed (a 304 would be the server's mistake). */
export function unconditionalFeed(response: HttpResponse): ParsedFeed {
  const { feed } = feedFromResponse(response);
  if (!feed) throw new ParseError('The feed answered 304 to an unconditional request.', { url: response.url });
  return feed;
}

/** Cache-Control max-age in seconds, if any. */
export function maxAgeOf(headers: Record<string, string>): number | undefined {
  const match = /(?:^|,)\s*(?:s-)?max-age\s*=\s*(\d+)/i.exec(headers['cache-control'] ?? '');
  return match ? Number(match[1]) : undefined;
}

export function stateFrom(response: HttpResponse, previous: FetchState | null, cursor: string | null = previous?.cursor ?? null): FetchState {
  return {
    etag: response.headers.etag ?? previous?.etag ?? null,
    lastModified: response.headers['last-modified'] ?? previous?.lastModified ?? null,
    cursor,
  };
}

export function notModifiedResult(response: HttpResponse, state: FetchState | null): FetchResult {
  const hints: FetchHints = {};
  const maxAge = maxAgeOf(response.headers);
  if (maxAge) hints.ttlSeconds = maxAge;
  return {
    source: { title: null, description: null, siteUrl: null, imageUrl: null },
    items: [],
    state: stateFrom(response, state),
    notModified: true,
    nextPage: null,
    hints,
  };
}

export function feedFetchResult(
  loaded: LoadedFeed & { feed: ParsedFeed },
  state: FetchState | null,
  ctx: StepContext,
  normalize: Omit<NormalizeOptions, 'knownItems'> = {},
): FetchResult {
  const { feed, response } = loaded;
  const hints: FetchHints = {};
  const ttl = Math.max(feed.ttlSeconds ?? 0, maxAgeOf(response.headers) ?? 0);
  if (ttl > 0) hints.ttlSeconds = ttl;
  Object.assign(hints, webSubHints(feed, response));
  const { items, unchanged } = normalizeFeedItems(feed, {
    maxItems: optionsOf(ctx).maxItems,
    ...normalize,
    knownItems: ctx.knownItems,
  });
  return {
    source: sourceMetaOf(feed),
    items,
    ...(unchanged.length > 0 && { unchanged }),
    state: stateFrom(response, state),
    notModified: false,
    nextPage: feed.nextUrl,
    hints,
  };
}

/**
 * WebSub discovery (W3C WebSub §4): the hub and the topic (self URL) from the response's `Link` headers,
 * which win, else from the document's `<atom:link rel="hub|self">` (JSON Feed: `hubs`, `feed_url`).
 */
export function webSubHints(feed: Pick<ParsedFeed, 'hubUrl' | 'selfUrl'>, response: HttpResponse): Pick<FetchHints, 'hubUrl' | 'selfUrl'> {
  const links = parseLinkHeader(response.headers.link, response.url);
  const hubUrl = linkWithRel(links, 'hub') ?? feed.hubUrl;
  if (!hubUrl) return {};
  const selfUrl = linkWithRel(links, 'self') ?? feed.selfUrl;
  return { hubUrl, ...(selfUrl && { selfUrl }) };
}

/** Look for the code in a feed: our element, the description, then recent items. */
export function findCodeInFeed(
  feed: ParsedFeed,
  code: string,
  recentItems: number,
): { place: VerifyPlace } | null {
  if (feed.verifyCodes.some((candidate) => candidate.trim() === code.trim())) return { place: 'feed-element' };
  if (containsCode(feed.description, code)) return { place: 'description' };
  for (const item of feed.items.slice(0, recentItems)) {
    if (item.verifyCodes.some((candidate) => candidate.trim() === code.trim())) return { place: 'feed-element' };
    if (containsCode(item.title, code) || containsCode(item.summaryHtml, code) || containsCode(item.contentHtml, code))
      return { place: 'post' };
  }
  return null;
}

/** Whether a feed carries the verification code (its element, description or recent items). */
export function verifyInFeed(feed: ParsedFeed, code: string, ctx: BridgeOptions, what: string): VerifyResult {
  const recent = optionsOf(ctx).verifyRecentItems;
  const found = findCodeInFeed(feed, code, recent);
  if (found) return { verified: true, place: found.place };
  const description = feed.description ? htmlToText(feed.description) : '';
  return {
    verified: false,
    reason: `The ${what}'s description${description ? '' : ' (empty)'}, its <tributary:verify> element and its ${Math.min(recent, feed.items.length)} most recent items do not contain the code yet.`,
  };
}
