/** Generic feeds: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1, and HTML pages that link to one. */
import { BridgeError, ParseError, UnsupportedError } from '../errors.js';
import { COMMON_FEED_PATHS, discoverFeeds } from '../feed/discover.js';
import { decodeBytes } from '../feed/encoding.js';
import { type ParsedFeed } from '../feed/model.js';
import { looksLikeHtml, parseFeedText } from '../feed/parse.js';
import { charsetOf, type HttpResponse } from '../http.js';
import { optionsOf } from '../options.js';
import { andThen, ask, defineSteps, type PlanOptions, responseOf, type Step, valueOf } from '../plan.js';
import {
  type BridgeOptions,
  type BridgePlans,
  type FetchOptions,
  type FetchResult,
  type FetchState,
  type ResolvedFetch,
  type SourceRef,
  type VerifyResult,
} from '../types.js';
import { canonicalUrl, resolveHttpUrl, toHttpUrl } from '../util/url.js';
import {
  FEED_ACCEPT,
  feedFetchResult,
  feedFromResponse,
  feedPlanOptions,
  notModifiedResult,
  unconditionalFeed,
  verifyInFeed,
} from './feed-common.js';

export interface ResolvedFeed {
  ref: SourceRef;
  feed: ParsedFeed;
  /** The response the feed was parsed from: its first fetch needs no second GET. */
  response: HttpResponse;
}

/** What the feed-resolving steps carry: the page that linked to the feed, the candidates left to try. */
interface DiscoveryCarry {
  pageUrl: string;
  candidates: string[];
}

/** How feeds and pages are requested while resolving. */
function resolveOptions(ctx: BridgeOptions): PlanOptions {
  return { headers: { Accept: `${FEED_ACCEPT}, text/html;q=0.7` }, maxBodyBytes: optionsOf(ctx).maxBodyBytes };
}

function refFor(url: string, feed: ParsedFeed): SourceRef {
  return { kind: 'RSS', key: `rss:${canonicalUrl(url)}`, fetchUrl: url, siteUrl: feed.siteUrl ?? new URL(url).origin + '/' };
}

function nextCandidate(carry: DiscoveryCarry, ctx: BridgeOptions): Step<ResolvedFeed> {
  const [candidate, ...rest] = carry.candidates;
  if (!candidate)
    throw new ParseError(
      `No feed found at ${carry.pageUrl}: the page advertises none and the usual feed addresses did not answer with one.`,
      { reason: 'not-a-feed', url: carry.pageUrl },
    );
  return ask(candidate, resolveOptions(ctx), STEP['rss.candidate'], { ...carry, candidates: rest } satisfies DiscoveryCarry);
}

const STEP = defineSteps({
  /** The answer to what was pasted: a feed, or a page that links to one (autodiscovery). */
  'rss.resolve': (input, _carry: undefined, ctx): Step<ResolvedFeed> => {
    const response = responseOf(input);
    const text = decodeBytes(response.body, charsetOf(response.headers)).text;
    if (!looksLikeHtml(text)) {
      const feed = parseFeedText(text, response.url);
      return { done: { ref: refFor(response.url, feed), feed, response } };
    }
    const page = discoverFeeds(text, response.url);
    const candidates = [...page.feeds.map((feed) => feed.url)];
    const origin = new URL(response.url).origin;
    for (const path of COMMON_FEED_PATHS.slice(0, 5)) {
      const candidate = resolveHttpUrl(path, origin);
      if (candidate && !candidates.includes(candidate)) candidates.push(candidate);
    }
    return nextCandidate({ pageUrl: response.url, candidates: candidates.slice(0, 8) }, ctx);
  },
  /** A candidate feed address: a feed ends the search; anything else but a transient failure tries the next. */
  'rss.candidate': (input, carry: DiscoveryCarry, ctx): Step<ResolvedFeed> => {
    try {
      const response = responseOf(input);
      const text = decodeBytes(response.body, charsetOf(response.headers)).text;
      if (!looksLikeHtml(text)) {
        const feed = parseFeedText(text, response.url);
        return { done: { ref: { ...refFor(response.url, feed), siteUrl: feed.siteUrl ?? carry.pageUrl }, feed, response } };
      }
    } catch (error) {
      if (!(error instanceof BridgeError && error.kind !== 'transient')) throw error;
    }
    return nextCandidate(carry, ctx);
  },
  'rss.refOf': (input): Step<SourceRef> => ({ done: valueOf<ResolvedFeed>(input).ref }),
  'rss.firstFetch': (input, _carry: undefined, ctx): Step<ResolvedFetch> => {
    const { ref, feed, response } = valueOf<ResolvedFeed>(input);
    return { done: { ref, result: feedFetchResult({ response, feed }, null, ctx) } };
  },
  /** A feed fetch: a 304, or the page of items (`kind` for feeds of posts, such as Nitter's). */
  'rss.fetch': (input, carry: { state: FetchState | null; kind?: 'article' | 'post' }, ctx): Step<FetchResult> => {
    const loaded = feedFromResponse(responseOf(input));
    if (!loaded.feed) return { done: notModifiedResult(loaded.response, carry.state) };
    return { done: feedFetchResult({ ...loaded, feed: loaded.feed }, carry.state, ctx, carry.kind ? { kind: carry.kind } : {}) };
  },
  'rss.verify': (input, carry: { challenge: string; what: string }, ctx): Step<VerifyResult> => ({
    done: verifyInFeed(unconditionalFeed(responseOf(input)), carry.challenge, ctx, carry.what),
  }),
});

/** Resolve a URL or domain to a feed, following autodiscovery from HTML pages. */
export function planResolveFeed(input: string, ctx: BridgeOptions): Step<ResolvedFeed> {
  const url = toHttpUrl(input);
  if (!url) throw new UnsupportedError(`"${input}" is not a web address or a handle we know.`, { reason: 'not-a-url' });
  return ask(url, resolveOptions(ctx), STEP['rss.resolve']);
}

/** A fetch of a feed (or of an older page of it); `kind` for feeds of posts. */
export function planFeedFetch(
  ref: SourceRef,
  state: FetchState | null,
  ctx: BridgeOptions,
  options: FetchOptions = {},
  kind?: 'article' | 'post',
): Step<FetchResult> {
  const pageUrl = options.page ? resolveHttpUrl(options.page, ref.fetchUrl) : null;
  if (options.page && !pageUrl) throw new UnsupportedError('The page token is not a feed URL.', { reason: 'bad-page' });
  const pageState = pageUrl ? null : state;
  return ask(pageUrl ?? ref.fetchUrl, feedPlanOptions(pageState, ctx), STEP['rss.fetch'], { state: pageState, ...(kind && { kind }) });
}

/** Look for a verification code in a feed; `what` names the feed in the reason. */
export function planFeedVerify(url: string, challenge: string, ctx: BridgeOptions, what: string): Step<VerifyResult> {
  return ask(url, feedPlanOptions(null, ctx), STEP['rss.verify'], { challenge, what });
}

export const rssPlans: BridgePlans = {
  kind: 'RSS',
  acceptsPush: true,
  matches(input) {
    return toHttpUrl(input) !== null;
  },
  planResolve: (input, ctx) => andThen(planResolveFeed(input, ctx), { step: STEP['rss.refOf'] }, ctx),
  planResolveAndFetch: (input, ctx) => andThen(planResolveFeed(input, ctx), { step: STEP['rss.firstFetch'] }, ctx),
  planFetch: (ref, state, ctx, options) => planFeedFetch(ref, state, ctx, options),
  planVerify: (ref, challenge, ctx) => planFeedVerify(ref.fetchUrl, challenge, ctx, 'feed'),
};
