/**
 * X (Twitter) through the official API v2 with an app-only bearer token, or a configured
 * Nitter-compatible RSS origin. Without either, X sources are refused with SOURCE_UNSUPPORTED.
 */
import { NotFoundError, ParseError, PermanentError, UnsupportedError } from '../errors.js';
import { type HttpResponse } from '../http.js';
import { optionsOf, type ResolvedOptions } from '../options.js';
import { andThen, ask, defineSteps, type PlanOptions, responseOf, type Step, type StepInput, valueOf } from '../plan.js';
import { sanitizeHtml } from '../sanitize.js';
import {
  type BridgeOptions,
  type BridgePlans,
  type FetchResult,
  type FetchState,
  type MediaItem,
  type NormalizedItem,
  type SourceRef,
  type VerifyResult,
} from '../types.js';
import { parseDate } from '../util/date.js';
import { containsCode, escapeHtml, htmlToText, truncateText } from '../util/text.js';
import { resolveHttpUrl } from '../util/url.js';
import { feedPlanOptions, unconditionalFeed } from './feed-common.js';
import { planFeedFetch, planFeedVerify } from './rss.js';

const X_HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
const RESERVED = new Set(['home', 'i', 'search', 'explore', 'settings', 'intent', 'share', 'hashtag', 'messages', 'notifications', 'login', 'signup', 'tos', 'privacy']);
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

export const X_USER_FIELDS = 'description,profile_image_url,name,username,url,protected,entities,public_metrics,verified';
export const X_TWEET_FIELDS = 'created_at,entities,attachments,public_metrics,referenced_tweets,note_tweet,author_id,edit_history_tweet_ids,lang';
export const X_MEDIA_FIELDS = 'url,preview_image_url,type,variants,width,height,duration_ms,alt_text';

/** Numeric account id from `x.com/i/user/<id>` (links X itself uses for renamed accounts). */
export function xUserId(input: string): string | null {
  const match = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/i\/user\/(\d{1,25})\/?$/i.exec(input.trim());
  return match?.[1] ?? null;
}

/** Username from `x.com/name`, `twitter.com/name/status/1`, or `@name` when allowHandle. */
export function xUsername(input: string, allowHandle = false): string | null {
  const trimmed = input.trim();
  if (allowHandle && /^@[A-Za-z0-9_]{1,15}$/.test(trimmed)) return trimmed.slice(1);
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (!X_HOSTS.has(url.hostname.toLowerCase())) return null;
  const name = url.pathname.split('/').filter(Boolean)[0];
  if (!name || RESERVED.has(name.toLowerCase()) || !USERNAME.test(name)) return null;
  return name;
}

function notConfigured(): UnsupportedError {
  return new UnsupportedError(
    'X sources are not configured on this server: set X_BEARER_TOKEN (an X API v2 app-only bearer token) or NITTER_BASE_URL (a Nitter-compatible RSS origin).',
    { reason: 'x-not-configured' },
  );
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

interface XUser {
  id: string;
  username: string;
  name: string | null;
  description: string | null;
  imageUrl: string | null;
  isProtected: boolean;
}

function userOf(value: unknown): XUser | null {
  if (!isObject(value)) return null;
  const id = str(value.id);
  const username = str(value.username);
  if (!id || !username) return null;
  const image = str(value.profile_image_url);
  return {
    id,
    username,
    name: str(value.name),
    description: typeof value.description === 'string' ? value.description : null,
    // `_normal` is 48px; the original size has no suffix.
    imageUrl: image ? image.replace(/_normal(\.\w+)$/, '$1') : null,
    isProtected: value.protected === true,
  };
}

/** A GET of the X API v2 with the configured bearer token. */
function apiPlan(options: ResolvedOptions, path: string, params: Record<string, string>): { url: string; options: PlanOptions } {
  const url = new URL(`${options.xApiBaseUrl}${path}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return {
    url: url.href,
    options: { headers: { Authorization: `Bearer ${options.xBearerToken ?? ''}`, Accept: 'application/json' }, maxBodyBytes: options.maxBodyBytes },
  };
}

/** The JSON object an X API answer holds; a refused token is named as such. */
function apiBody(input: StepInput, url: string): Json {
  let response: HttpResponse;
  try {
    response = responseOf(input);
  } catch (error) {
    if (error instanceof PermanentError && (error.status === 401 || error.status === 403))
      throw new PermanentError(`The X API refused the configured bearer token (HTTP ${error.status}).`, {
        reason: 'x-auth',
        status: error.status,
        url,
      });
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(response.body));
  } catch (error) {
    throw new ParseError('The X API answered with something that is not JSON.', { reason: 'bad-json', url, cause: error });
  }
  if (!isObject(body)) throw new ParseError('Unexpected X API response shape.', { reason: 'bad-shape', url });
  return body;
}

type UserLookup = string | { id: string };

/** `GET /2/users/by/username/:username` (or `GET /2/users/:id` for `{ id }`). */
function lookupPlan(who: UserLookup, ctx: BridgeOptions, step: string, carry: Record<string, unknown> = {}): Step<never> {
  const path = typeof who === 'string' ? `/2/users/by/username/${encodeURIComponent(who)}` : `/2/users/${encodeURIComponent(who.id)}`;
  const plan = apiPlan(optionsOf(ctx), path, { 'user.fields': X_USER_FIELDS });
  return ask(plan.url, plan.options, step, { ...carry, who, url: plan.url });
}

/** The user of a lookup answer; typed errors for unknown users and for answers that are not API v2. */
export function userOfLookup(body: Json, who: UserLookup): XUser {
  const username = typeof who === 'string' ? who : who.id;
  const user = userOf(body.data);
  if (!user) {
    const errors = Array.isArray(body.errors) ? body.errors.filter(isObject) : [];
    const first = errors[0];
    const type = str(first?.type) ?? '';
    if (type.endsWith('resource-not-found') || str(first?.title) === 'Not Found Error')
      throw new NotFoundError(`There is no X account ${typeof who === 'string' ? `@${username}` : `with id ${username}`}.`, {
        reason: 'x-user-not-found',
      });
    if (errors.length)
      throw new PermanentError(`X refused the account @${username}: ${str(first?.detail) ?? str(first?.title) ?? 'unknown error'}.`, {
        reason: 'x-user-unavailable',
      });
    throw new ParseError('The X API user response has no data.', { reason: 'bad-shape' });
  }
  return user;
}

interface Entity {
  start: number;
  end: number;
  html: string;
}

/** Tweet text with t.co links expanded, mentions and hashtags linked; media links removed. Indices are code points. */
export function tweetTextToHtml(text: string, entities: unknown): string {
  const chars = Array.from(text);
  const spans: Entity[] = [];
  if (isObject(entities)) {
    for (const url of Array.isArray(entities.urls) ? entities.urls.filter(isObject) : []) {
      const start = num(url.start);
      const end = num(url.end);
      if (start === undefined || end === undefined) continue;
      const expanded = str(url.unwound_url) ?? str(url.expanded_url) ?? str(url.url);
      const isMedia = !!str(url.media_key) || /\/(photo|video)\/\d+$/.test(expanded ?? '');
      const display = str(url.display_url) ?? expanded ?? '';
      spans.push({ start, end, html: isMedia || !expanded ? '' : `<a href="${escapeHtml(expanded)}">${escapeHtml(display)}</a>` });
    }
    for (const mention of Array.isArray(entities.mentions) ? entities.mentions.filter(isObject) : []) {
      const start = num(mention.start);
      const end = num(mention.end);
      const username = str(mention.username);
      if (start === undefined || end === undefined || !username) continue;
      spans.push({ start, end, html: `<a href="https://x.com/${encodeURIComponent(username)}">@${escapeHtml(username)}</a>` });
    }
    for (const tag of Array.isArray(entities.hashtags) ? entities.hashtags.filter(isObject) : []) {
      const start = num(tag.start);
      const end = num(tag.end);
      const value = str(tag.tag);
      if (start === undefined || end === undefined || !value) continue;
      spans.push({ start, end, html: `<a href="https://x.com/hashtag/${encodeURIComponent(value)}">#${escapeHtml(value)}</a>` });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > chars.length) continue;
    html += escapeHtml(chars.slice(at, span.start).join('')) + span.html;
    at = span.end;
  }
  html += escapeHtml(chars.slice(at).join(''));
  return html
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function mediaOf(value: Json): MediaItem | null {
  const type = str(value.type);
  const width = num(value.width);
  const height = num(value.height);
  const dims = { ...(width ? { width } : {}), ...(height ? { height } : {}) };
  const alt = str(value.alt_text);
  if (type === 'photo') {
    const url = resolveHttpUrl(str(value.url), null);
    return url ? { url, type: /\.png(\?|$)/.test(url) ? 'image/png' : 'image/jpeg', ...dims, ...(alt ? { title: alt } : {}) } : null;
  }
  const preview = resolveHttpUrl(str(value.preview_image_url), null);
  const variants = (Array.isArray(value.variants) ? value.variants.filter(isObject) : [])
    .filter((variant) => str(variant.content_type) === 'video/mp4' && str(variant.url))
    .sort((a, b) => (num(b.bit_rate) ?? 0) - (num(a.bit_rate) ?? 0));
  const best = variants[0];
  const duration = num(value.duration_ms);
  if (best) {
    return {
      url: str(best.url)!,
      type: 'video/mp4',
      ...dims,
      ...(preview ? { thumbnailUrl: preview } : {}),
      ...(duration ? { durationSeconds: Math.round(duration / 1000) } : {}),
      ...(type === 'animated_gif' ? { title: 'GIF' } : {}),
    };
  }
  return preview ? { url: preview, type: 'image/jpeg', ...dims, title: type === 'animated_gif' ? 'GIF' : 'Video (open on X)' } : null;
}

/** Map a `GET /2/users/:id/tweets` (or search) response to items. */
export function parseTweets(body: Json, fallbackUsername: string | null): { items: NormalizedItem[]; users: XUser[] } {
  const includes = isObject(body.includes) ? body.includes : {};
  const users = (Array.isArray(includes.users) ? includes.users : []).map(userOf).filter((user): user is XUser => user !== null);
  const mediaByKey = new Map<string, Json>();
  for (const media of Array.isArray(includes.media) ? includes.media.filter(isObject) : []) {
    const key = str(media.media_key);
    if (key) mediaByKey.set(key, media);
  }
  const includedTweets = new Map<string, Json>();
  for (const tweet of Array.isArray(includes.tweets) ? includes.tweets.filter(isObject) : []) {
    const id = str(tweet.id);
    if (id) includedTweets.set(id, tweet);
  }
  const usernameOf = (authorId: string | null): string | null => users.find((user) => user.id === authorId)?.username ?? fallbackUsername;
  const items: NormalizedItem[] = [];
  // Lists of posts carry `data: []`; single-post lookups carry `data: {}`. Anything else (the web
  // GraphQL API's `data.user.result…`) is not the API v2 this bridge speaks.
  if (isObject(body.data) && !str(body.data.id))
    throw new ParseError('The X origin did not answer in the API v2 format (posts expected).', { reason: 'bad-shape' });
  const tweets = Array.isArray(body.data) ? body.data : isObject(body.data) ? [body.data] : [];
  for (const tweet of tweets.filter(isObject)) {
    const id = str(tweet.id);
    if (!id) continue;
    const authorId = str(tweet.author_id);
    const username = usernameOf(authorId);
    const author = users.find((user) => user.id === authorId);
    const references = Array.isArray(tweet.referenced_tweets) ? tweet.referenced_tweets.filter(isObject) : [];
    const retweetRef = references.find((reference) => reference.type === 'retweeted');
    const original = retweetRef ? includedTweets.get(str(retweetRef.id) ?? '') : undefined;
    const source = original ?? tweet;
    const noteTweet = isObject(source.note_tweet) ? source.note_tweet : null;
    const text = str(noteTweet?.text) ?? str(source.text) ?? '';
    const contentHtml = sanitizeHtml(tweetTextToHtml(text, noteTweet?.entities ?? source.entities));
    const attachments = isObject(source.attachments) ? source.attachments : {};
    const media = (Array.isArray(attachments.media_keys) ? attachments.media_keys : [])
      .map((key) => mediaByKey.get(String(key)))
      .filter((value): value is Json => value !== undefined)
      .map(mediaOf)
      .filter((value): value is MediaItem => value !== null);
    const metrics = isObject(tweet.public_metrics) ? tweet.public_metrics : {};
    const edits = Array.isArray(tweet.edit_history_tweet_ids) ? tweet.edit_history_tweet_ids.length : 0;
    const originalAuthor = original
      ? usernameOf(str(original.author_id))
      : retweetRef
        ? (/^RT @(\w{1,15}):/.exec(str(tweet.text) ?? '')?.[1] ?? null)
        : null;
    const impressions = num(metrics.impression_count);
    items.push({
      guid: id,
      url: username ? `https://x.com/${username}/status/${id}` : `https://x.com/i/web/status/${id}`,
      title: null,
      contentHtml,
      summary: truncateText(htmlToText(contentHtml)),
      author: author?.name ?? (username ? `@${username}` : null),
      publishedAt: parseDate(str(tweet.created_at)),
      media,
      kind: 'post',
      metrics: {
        ...(num(metrics.like_count) !== undefined ? { likes: num(metrics.like_count) } : {}),
        ...(num(metrics.retweet_count) !== undefined ? { reposts: num(metrics.retweet_count) } : {}),
        ...(num(metrics.reply_count) !== undefined ? { replies: num(metrics.reply_count) } : {}),
        ...(num(metrics.quote_count) !== undefined ? { quotes: num(metrics.quote_count) } : {}),
        ...(impressions !== undefined ? { impressions } : {}),
      },
      ...(impressions !== undefined ? { views: impressions } : {}),
      ...(edits > 1 ? { edited: true } : {}),
      ...(retweetRef
        ? {
            forwardedFrom: {
              name: originalAuthor ? `@${originalAuthor}` : 'a post',
              url: originalAuthor ? `https://x.com/${originalAuthor}/status/${str(retweetRef.id)}` : null,
            },
          }
        : {}),
    });
  }
  return { items, users };
}

function usernameOfRef(ref: SourceRef): string {
  return ref.key.slice('x:'.length);
}

function nitterFeedUrl(options: ResolvedOptions, username: string): string {
  return `${options.nitterBaseUrl}/${encodeURIComponent(username)}/rss`;
}

/** A page of a user's posts through the API: the newest since the cursor, or an older `page`. */
function timelinePlan(ref: SourceRef, state: FetchState | null, ctx: BridgeOptions, step: string, carry: Record<string, unknown>, page?: string): Step<never> {
  const options = optionsOf(ctx);
  if (!ref.fetchUrl.startsWith(`${options.xApiBaseUrl}/2/`))
    throw new UnsupportedError('This X source was resolved against another API origin; resolve it again.', { reason: 'x-origin-changed' });
  const path = ref.fetchUrl.slice(options.xApiBaseUrl.length).split('?')[0]!;
  const params: Record<string, string> = {
    max_results: '20',
    'tweet.fields': X_TWEET_FIELDS,
    expansions: 'attachments.media_keys,author_id,referenced_tweets.id,referenced_tweets.id.author_id',
    'media.fields': X_MEDIA_FIELDS,
    'user.fields': X_USER_FIELDS,
  };
  if (page) params.pagination_token = page;
  else if (state?.cursor) params.since_id = state.cursor;
  const plan = apiPlan(options, path, params);
  return ask(plan.url, plan.options, step, { ...carry, ref, state, url: plan.url, ...(page && { page }) });
}

interface TimelineCarry {
  ref: SourceRef;
  state: FetchState | null;
  url: string;
  page?: string;
}

function timelineResult(input: StepInput, carry: TimelineCarry, ctx: BridgeOptions): FetchResult {
  const { ref, state, page } = carry;
  const options = optionsOf(ctx);
  const body = apiBody(input, carry.url);
  const username = ref.siteUrl ? (new URL(ref.siteUrl).pathname.split('/').filter(Boolean)[0] ?? null) : null;
  const { items, users } = parseTweets(body, username);
  const meta = isObject(body.meta) ? body.meta : {};
  const newest = str(meta.newest_id);
  const previous = state?.cursor ?? null;
  const cursor =
    !page && newest && (!previous || BigInt(newest) > BigInt(previous)) ? newest : previous;
  const owner = users.find((user) => user.username.toLowerCase() === usernameOfRef(ref));
  return {
    source: {
      title: owner?.name ?? null,
      description: owner?.description ?? null,
      siteUrl: ref.siteUrl,
      imageUrl: owner?.imageUrl ?? null,
    },
    items: items.slice(0, options.maxItems),
    state: { etag: null, lastModified: null, cursor },
    notModified: false,
    nextPage: str(meta.next_token),
    hints: {},
  };
}

const STEP = defineSteps({
  'x.resolveUser': (input, carry: { who: UserLookup; url: string }, ctx): Step<SourceRef> => {
    const user = userOfLookup(apiBody(input, carry.url), carry.who);
    if (user.isProtected)
      throw new UnsupportedError(`@${user.username} is a protected account; only public accounts can be followed.`, { reason: 'x-protected' });
    return {
      done: {
        kind: 'X',
        key: `x:${user.username.toLowerCase()}`,
        fetchUrl: `${optionsOf(ctx).xApiBaseUrl}/2/users/${user.id}/tweets`,
        siteUrl: `https://x.com/${user.username}`,
      },
    };
  },
  /** The Nitter feed answered with a feed: the account exists and the origin works. */
  'x.resolveNitter': (input, carry: { username: string; fetchUrl: string }): Step<SourceRef> => {
    unconditionalFeed(responseOf(input));
    const { username, fetchUrl } = carry;
    return { done: { kind: 'X', key: `x:${username.toLowerCase()}`, fetchUrl, siteUrl: `https://x.com/${username}` } };
  },
  'x.timeline': (input, carry: TimelineCarry, ctx): Step<FetchResult> => ({ done: timelineResult(input, carry, ctx) }),
  /** The bio first; then the recent posts. */
  'x.verifyUser': (input, carry: { who: string; url: string; ref: SourceRef; challenge: string }, ctx): Step<VerifyResult> => {
    const user = userOfLookup(apiBody(input, carry.url), carry.who);
    if (containsCode(user.description, carry.challenge)) return { done: { verified: true, place: 'bio' } };
    return timelinePlan(carry.ref, null, ctx, STEP['x.verifyPosts'], { challenge: carry.challenge, shownName: user.username });
  },
  'x.verifyPosts': (input, carry: TimelineCarry & { challenge: string; shownName: string }, ctx): Step<VerifyResult> => {
    const recent = timelineResult(input, carry, ctx);
    const posts = recent.items.slice(0, optionsOf(ctx).verifyRecentItems);
    if (posts.some((item) => containsCode(item.contentHtml, carry.challenge))) return { done: { verified: true, place: 'post' } };
    return {
      done: { verified: false, reason: `The profile bio of @${carry.shownName} and its ${posts.length} most recent posts do not contain the code yet.` },
    };
  },
  'x.verifyNitter': (input, carry: { username: string }): Step<VerifyResult> => {
    const result = valueOf<VerifyResult>(input);
    if (result.verified) return { done: result };
    return {
      done: {
        verified: false,
        reason: `None of the recent posts of @${carry.username} contain the code yet (the bio cannot be read through Nitter; post the code or configure X_BEARER_TOKEN).`,
      },
    };
  },
});

export const xPlans: BridgePlans = {
  kind: 'X',
  matches(input) {
    return xUsername(input) !== null || xUserId(input) !== null;
  },
  planResolve(input, ctx) {
    const userId = xUserId(input);
    const username = userId ? null : xUsername(input, true);
    if (!username && !userId) throw new UnsupportedError(`"${input}" is not an X profile address (x.com/<name>).`, { reason: 'not-x' });
    const options = optionsOf(ctx);
    if (options.xBearerToken) return lookupPlan(userId ? { id: userId } : username!, ctx, STEP['x.resolveUser']);
    if (options.nitterBaseUrl && username) {
      const fetchUrl = nitterFeedUrl(options, username);
      return ask(fetchUrl, feedPlanOptions(null, ctx), STEP['x.resolveNitter'], { username, fetchUrl });
    }
    throw notConfigured();
  },
  planFetch(ref, state, ctx, fetchOptions = {}) {
    const options = optionsOf(ctx);
    const viaApi = ref.fetchUrl.startsWith(`${options.xApiBaseUrl}/2/`);
    if (viaApi) {
      if (!options.xBearerToken) throw notConfigured();
      return timelinePlan(ref, state, ctx, STEP['x.timeline'], {}, fetchOptions.page);
    }
    if (options.nitterBaseUrl && ref.fetchUrl.startsWith(options.nitterBaseUrl)) return planFeedFetch(ref, state, ctx, fetchOptions, 'post');
    throw notConfigured();
  },
  planVerify(ref, challenge, ctx) {
    const options = optionsOf(ctx);
    const username = usernameOfRef(ref);
    if (options.xBearerToken && ref.fetchUrl.startsWith(`${options.xApiBaseUrl}/2/`))
      return lookupPlan(username, ctx, STEP['x.verifyUser'], { ref, challenge });
    if (options.nitterBaseUrl && ref.fetchUrl.startsWith(options.nitterBaseUrl))
      return andThen(planFeedVerify(ref.fetchUrl, challenge, ctx, 'Nitter feed'), { step: STEP['x.verifyNitter'], carry: { username } }, ctx);
    throw notConfigured();
  },
};
