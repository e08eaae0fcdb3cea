/**
 * Substack publications: `name.substack.com`, custom domains that are Substack publications,
 * `substack.com/@handle`, post URLs. Polling reads the publication's `/feed`; backfill pages
 * through the (unofficial) archive JSON, which also tells which posts are for paid subscribers.
 */
import { NotFoundError, ParseError, UnsupportedError } from '../errors.js';
import { type ParsedFeed } from '../feed/model.js';
import { optionsOf } from '../options.js';
import { ask, defineSteps, type PlanOptions, responseOf, type Step, type StepInput } from '../plan.js';
import { sanitizeHtml } from '../sanitize.js';
import {
  type BridgeOptions,
  type BridgePlans,
  type FetchResult,
  type FetchState,
  type MediaItem,
  type NormalizedItem,
  type SourceRef,
  type VerifyPlace,
  type VerifyResult,
} from '../types.js';
import { parseDate } from '../util/date.js';
import { containsCode, escapeHtml, htmlToText, truncateText } from '../util/text.js';
import { resolveHttpUrl, toHttpUrl } from '../util/url.js';
import { feedFetchResult, feedFromResponse, feedPlanOptions, findCodeInFeed, notModifiedResult, unconditionalFeed } from './feed-common.js';

export const SUBSTACK_ARCHIVE_PAGE_SIZE = 12;
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const RESERVED_SUBDOMAINS = new Set(['www', 'open', 'api', 'cdn', 'on', 'support', 'substackcdn']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

export type SubstackInput =
  | { type: 'publication'; name: string }
  | { type: 'handle'; handle: string }
  | { type: 'profile-id'; id: string }
  | { type: 'post-id'; id: string };

function templateRegex(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{name\\}', '([A-Za-z0-9-]+)');
  return new RegExp(`^${escaped}(?:/|$|\\?)`, 'i');
}

/** Recognise the Substack URL forms without any request. */
export function parseSubstackInput(input: string, ctx: BridgeOptions): SubstackInput | null {
  const options = optionsOf(ctx);
  const trimmed = input.trim();
  const href = toHttpUrl(trimmed);
  if (!href) return null;
  const fromTemplate = templateRegex(options.substackUrlTemplate).exec(href);
  if (fromTemplate?.[1] && SUBDOMAIN.test(fromTemplate[1])) return { type: 'publication', name: fromTemplate[1].toLowerCase() };
  const url = new URL(href);
  const host = url.hostname.toLowerCase();
  const api = new URL(options.substackApiBaseUrl);
  const apiPath = api.pathname.replace(/\/$/, '');
  const onApi = url.host === api.host && (apiPath === '' || url.pathname.startsWith(`${apiPath}/`));
  const isSubstackHome = host === 'substack.com' || host === 'www.substack.com' || onApi;
  const parts = (onApi ? url.pathname.slice(apiPath.length) : url.pathname).split('/').filter(Boolean);
  if (isSubstackHome) {
    const first = parts[0] ?? '';
    if (first.startsWith('@') && first.length > 1) return { type: 'handle', handle: decodeURIComponent(first.slice(1)) };
    if (first === 'profile' && parts[1]) {
      const id = /^(\d+)/.exec(parts[1])?.[1];
      if (id) return { type: 'profile-id', id };
    }
    if (first === 'home' && parts[1] === 'post' && parts[2]) {
      const id = /^p-(\d+)$/.exec(parts[2])?.[1];
      if (id) return { type: 'post-id', id };
    }
    return null;
  }
  if (host === 'open.substack.com' && parts[0] === 'pub' && parts[1] && SUBDOMAIN.test(parts[1]))
    return { type: 'publication', name: parts[1].toLowerCase() };
  const sub = /^([a-z0-9-]+)\.substack\.com$/.exec(host)?.[1];
  if (sub && !RESERVED_SUBDOMAINS.has(sub)) return { type: 'publication', name: sub };
  return null;
}

export function publicationUrl(name: string, ctx: BridgeOptions): string {
  return optionsOf(ctx).substackUrlTemplate.replace('{name}', name);
}

function refFor(name: string, base: string): SourceRef {
  return { kind: 'SUBSTACK', key: `substack:${name.toLowerCase()}`, fetchUrl: `${base.replace(/\/$/, '')}/feed`, siteUrl: base.replace(/\/$/, '') + '/' };
}

function baseOf(ref: SourceRef): string {
  return ref.fetchUrl.replace(/\/feed$/, '');
}

/** A Substack feed served from a custom domain: `<generator>Substack</generator>` or `<webMaster>name@substack.com`. */
export function substackNameOfFeed(feed: ParsedFeed): string | null {
  const webMaster = feed.webMaster ? /([a-z0-9-]+)@substack\.com/i.exec(feed.webMaster)?.[1] : undefined;
  if (webMaster) return webMaster.toLowerCase();
  if (feed.generator?.trim().toLowerCase() === 'substack' && feed.siteUrl) {
    const host = new URL(feed.siteUrl).hostname;
    return /^([a-z0-9-]+)\.substack\.com$/.exec(host)?.[1] ?? host;
  }
  return null;
}

/** Turn a feed already resolved by the RSS path into a Substack ref when it is one. */
export function substackRefFromFeed(feedUrl: string, feed: ParsedFeed): SourceRef | null {
  const name = substackNameOfFeed(feed);
  if (!name) return null;
  const base = feedUrl.replace(/\/feed\/?(\?.*)?$/, '');
  return { kind: 'SUBSTACK', key: `substack:${name}`, fetchUrl: `${base}/feed`, siteUrl: feed.siteUrl ?? `${base}/` };
}

function jsonPlanOptions(ctx: BridgeOptions): PlanOptions {
  return { headers: { Accept: 'application/json' }, maxBodyBytes: optionsOf(ctx).maxBodyBytes };
}

/** The JSON body of an answer to a JSON plan. */
function jsonOf(input: StepInput): unknown {
  const response = responseOf(input);
  try {
    return JSON.parse(new TextDecoder().decode(response.body));
  } catch (error) {
    throw new ParseError(`Substack answered ${response.url} with something that is not JSON.`, { reason: 'bad-json', url: response.url, cause: error });
  }
}

function archiveUrl(ref: SourceRef, offset: number): string {
  return `${baseOf(ref)}/api/v1/archive?sort=new&search=&offset=${offset}&limit=${SUBSTACK_ARCHIVE_PAGE_SIZE}`;
}

function publicationRef(publication: Json, ctx: BridgeOptions): SourceRef | null {
  const subdomain = str(publication.subdomain);
  if (!subdomain) return null;
  const custom = str(publication.custom_domain);
  return refFor(subdomain, custom ? `https://${custom}` : publicationUrl(subdomain, ctx));
}

function primaryPublicationOf(profile: Json): Json | null {
  if (isObject(profile.primaryPublication)) return profile.primaryPublication;
  const users = Array.isArray(profile.publicationUsers) ? profile.publicationUsers.filter(isObject) : [];
  const owned = users.find((user) => user.role === 'admin' && isObject(user.publication)) ?? users.find((user) => isObject(user.publication));
  return owned && isObject(owned.publication) ? owned.publication : null;
}

/** Archive post objects (`/api/v1/archive`, `profile/posts`, `posts/by-id`) → items. */
export function substackPostToItem(post: Json): NormalizedItem | null {
  const url = resolveHttpUrl(str(post.canonical_url), null);
  const id = str(post.id) ?? (typeof post.id === 'number' ? String(post.id) : null);
  if (!url && !id) return null;
  const base = url ?? undefined;
  const bodyHtml = str(post.body_html);
  const truncated = str(post.truncated_body_text);
  const subtitle = str(post.subtitle) ?? str(post.description);
  const contentHtml = sanitizeHtml(
    bodyHtml ?? (truncated ? `<p>${escapeHtml(truncated)}</p>` : subtitle ? `<p>${escapeHtml(subtitle)}</p>` : ''),
    { baseUrl: base ?? null },
  );
  const bylines = Array.isArray(post.publishedBylines) ? post.publishedBylines.filter(isObject) : [];
  const media: MediaItem[] = [];
  const cover = resolveHttpUrl(str(post.cover_image), null);
  if (cover) media.push({ url: cover, type: /\.png(\?|$)/i.test(cover) ? 'image/png' : 'image/jpeg' });
  const podcast = resolveHttpUrl(str(post.podcast_url), null);
  if (podcast) {
    const duration = typeof post.podcast_duration === 'number' ? Math.round(post.podcast_duration) : undefined;
    media.push({ url: podcast, type: 'audio/mpeg', ...(duration ? { durationSeconds: duration } : {}), ...(cover ? { thumbnailUrl: cover } : {}) });
  }
  const audience = str(post.audience) ?? 'everyone';
  return {
    guid: url ?? `substack-post:${id}`,
    url,
    title: str(post.title),
    contentHtml,
    summary: truncateText(subtitle ?? htmlToText(contentHtml)),
    author: bylines.map((byline) => str(byline.name)).filter(Boolean).join(', ') || null,
    publishedAt: parseDate(str(post.post_date)),
    updatedAt: parseDate(str(post.updated_at)),
    media,
    kind: 'article',
    isPaidPreview: audience !== 'everyone' && audience !== 'only_free',
  };
}

/** Marks Substack leaves in the free part of a paid post's feed entry. */
const PAYWALL_MARKERS = [/class="[^"]*\bpaywall\b/i, /Keep reading with a 7-day free trial/i, /This post is for paid subscribers/i, /This post is for paying subscribers/i];

interface VerifyCarry {
  challenge: string;
  /** Where the recent posts of the feed hold the code, if they do. */
  postPlace: VerifyPlace | null;
  /** How many recent posts were searched. */
  searched: number;
}

const STEP = defineSteps({
  'substack.publication': (input, carry: { ref: SourceRef }): Step<SourceRef> => {
    const feed = unconditionalFeed(responseOf(input));
    return { done: feed.siteUrl ? { ...carry.ref, siteUrl: feed.siteUrl } : carry.ref };
  },
  'substack.profile': (input, carry: { who: string; url: string }, ctx): Step<SourceRef> => {
    const profile = jsonOf(input);
    if (!isObject(profile)) throw new ParseError('Unexpected Substack profile response.', { reason: 'bad-shape', url: carry.url });
    const publication = primaryPublicationOf(profile);
    const ref = publication ? publicationRef(publication, ctx) : null;
    if (!ref)
      throw new NotFoundError(`The Substack profile ${str(profile.handle) ? `@${str(profile.handle)}` : carry.who} has no publication to follow.`, {
        reason: 'substack-no-publication',
      });
    return { done: ref };
  },
  'substack.post': (input, _carry: undefined, ctx): Step<SourceRef> => {
    const body = jsonOf(input);
    const publication = isObject(body) && isObject(body.publication) ? publicationRef(body.publication, ctx) : null;
    if (!publication) throw new NotFoundError('That Substack post has no publication.', { reason: 'substack-no-publication' });
    return { done: publication };
  },
  'substack.archive': (input, carry: { ref: SourceRef; state: FetchState | null; offset: number }): Step<FetchResult> => {
    const body = jsonOf(input);
    const url = archiveUrl(carry.ref, carry.offset);
    if (!Array.isArray(body)) throw new ParseError('The Substack archive did not answer with a list of posts.', { reason: 'bad-shape', url });
    const items = body.filter(isObject).map(substackPostToItem).filter((item): item is NormalizedItem => item !== null);
    return {
      done: {
        source: { title: null, description: null, siteUrl: carry.ref.siteUrl, imageUrl: null },
        items,
        state: carry.state ?? { etag: null, lastModified: null, cursor: null },
        notModified: false,
        nextPage: body.length >= SUBSTACK_ARCHIVE_PAGE_SIZE ? `archive:${carry.offset + body.length}` : null,
        hints: {},
      },
    };
  },
  'substack.feed': (input, carry: { state: FetchState | null }, ctx): Step<FetchResult> => {
    const loaded = feedFromResponse(responseOf(input));
    if (!loaded.feed) return { done: { ...notModifiedResult(loaded.response, carry.state), nextPage: null } };
    const result = feedFetchResult({ ...loaded, feed: loaded.feed }, carry.state, ctx, { kind: 'article' });
    for (const item of result.items) {
      if (PAYWALL_MARKERS.some((marker) => marker.test(item.contentHtml))) item.isPaidPreview = true;
    }
    // Older posts come from the archive, starting at the newest (duplicates share the post URL as guid).
    return { done: { ...result, nextPage: 'archive:0' } };
  },
  /** The code in the publication's own words ends the search; else the bios of its authors come next. */
  'substack.verifyFeed': (input, carry: { ref: SourceRef; challenge: string }, ctx): Step<VerifyResult> => {
    const feed = unconditionalFeed(responseOf(input));
    const recent = optionsOf(ctx).verifyRecentItems;
    const inFeedHeader = findCodeInFeed({ ...feed, items: [] }, carry.challenge, 0);
    if (inFeedHeader) return { done: { verified: true, place: inFeedHeader.place } };
    const inPosts = findCodeInFeed({ ...feed, description: null, verifyCodes: [] }, carry.challenge, recent);
    const next: VerifyCarry = { challenge: carry.challenge, postPlace: inPosts?.place ?? null, searched: Math.min(recent, feed.items.length) };
    return ask(archiveUrl(carry.ref, 0), jsonPlanOptions(ctx), STEP['substack.verifyBios'], next);
  },
  /** Author bios: the bylines of the newest archive posts carry each author's bio. */
  'substack.verifyBios': (input, carry: VerifyCarry): Step<VerifyResult> => {
    let bios = 0;
    try {
      const archive = jsonOf(input);
      const bylines = (Array.isArray(archive) ? archive.filter(isObject) : []).flatMap((post) =>
        Array.isArray(post.publishedBylines) ? post.publishedBylines.filter(isObject) : [],
      );
      bios = new Set(bylines.map((byline) => str(byline.handle))).size;
      if (bylines.some((byline) => containsCode(str(byline.bio), carry.challenge))) return { done: { verified: true, place: 'bio' } };
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ParseError)) throw error;
    }
    if (carry.postPlace) return { done: { verified: true, place: carry.postPlace } };
    return {
      done: {
        verified: false,
        reason: `The publication description, ${bios ? `the bio of its author${bios > 1 ? 's' : ''}` : 'the author bio'} and its ${carry.searched} most recent posts do not contain the code yet.`,
      },
    };
  },
});

export const substackPlans: BridgePlans = {
  kind: 'SUBSTACK',
  matches(input, ctx) {
    return parseSubstackInput(input, ctx) !== null;
  },
  planResolve(input, ctx) {
    const parsed = parseSubstackInput(input, ctx);
    const api = optionsOf(ctx).substackApiBaseUrl;
    if (!parsed) throw new UnsupportedError(`"${input}" is not a Substack address.`, { reason: 'not-substack' });
    switch (parsed.type) {
      case 'publication': {
        const ref = refFor(parsed.name, publicationUrl(parsed.name, ctx));
        return ask(ref.fetchUrl, feedPlanOptions(null, ctx), STEP['substack.publication'], { ref });
      }
      case 'handle':
      case 'profile-id': {
        const url =
          parsed.type === 'handle'
            ? `${api}/api/v1/user/${encodeURIComponent(parsed.handle)}/public_profile`
            : `${api}/api/v1/user/${parsed.id}/profile`;
        return ask(url, jsonPlanOptions(ctx), STEP['substack.profile'], {
          who: parsed.type === 'handle' ? `@${parsed.handle}` : parsed.id,
          url,
        });
      }
      case 'post-id':
        return ask(`${api}/api/v1/posts/by-id/${parsed.id}`, jsonPlanOptions(ctx), STEP['substack.post']);
      default: {
        const exhaustive: never = parsed;
        throw new UnsupportedError(`Unknown Substack input ${String(exhaustive)}.`);
      }
    }
  },
  planFetch(ref, state, ctx, options = {}) {
    const page = options.page;
    if (page?.startsWith('archive:')) {
      const offset = Math.max(0, Number(page.slice('archive:'.length)) || 0);
      return ask(archiveUrl(ref, offset), jsonPlanOptions(ctx), STEP['substack.archive'], { ref, state, offset });
    }
    return ask(ref.fetchUrl, feedPlanOptions(state, ctx), STEP['substack.feed'], { state });
  },
  planVerify: (ref, challenge, ctx) => ask(ref.fetchUrl, feedPlanOptions(null, ctx), STEP['substack.verifyFeed'], { ref, challenge }),
};
