/**
 * Substack publications: `name.substack.com`, custom domains that are Substack publications,
 * `substack.com/@handle`, post URLs. Polling reads the publication's `/feed`; backfill pages
 * through the (unofficial) archive JSON, which also tells which posts are for paid subscribers.
 */
import { NotFoundError, ParseError, UnsupportedError } from '../errors.js';
import { type ParsedFeed } from '../feed/model.js';
import { httpGet } from '../http.js';
import { optionsOf } from '../options.js';
import { sanitizeHtml } from '../sanitize.js';
import {
  type Bridge,
  type BridgeContext,
  type FetchResult,
  type MediaItem,
  type NormalizedItem,
  type SourceRef,
  type VerifyResult,
} from '../types.js';
import { parseDate } from '../util/date.js';
import { containsCode, escapeHtml, htmlToText, truncateText } from '../util/text.js';
import { resolveHttpUrl, toHttpUrl } from '../util/url.js';
import { findCodeInFeed, loadFeed } from './feed-common.js';
import { fetchFeedSource } from './rss.js';

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
export function parseSubstackInput(input: string, ctx: BridgeContext): SubstackInput | null {
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

export function publicationUrl(name: string, ctx: BridgeContext): string {
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

async function getJson(url: string, ctx: BridgeContext): Promise<unknown> {
  const response = await httpGet(ctx.http, url, {
    headers: { Accept: 'application/json' },
    maxBodyBytes: optionsOf(ctx).maxBodyBytes,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  try {
    return JSON.parse(new TextDecoder().decode(response.body));
  } catch (error) {
    throw new ParseError(`Substack answered ${url} with something that is not JSON.`, { reason: 'bad-json', url, cause: error });
  }
}

function publicationRef(publication: Json, ctx: BridgeContext): SourceRef | null {
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

export const substackBridge: Bridge = {
  kind: 'SUBSTACK',
  matches(input, ctx) {
    return parseSubstackInput(input, ctx) !== null;
  },
  async resolve(input, ctx) {
    const parsed = parseSubstackInput(input, ctx);
    const api = optionsOf(ctx).substackApiBaseUrl;
    if (!parsed) throw new UnsupportedError(`"${input}" is not a Substack address.`, { reason: 'not-substack' });
    switch (parsed.type) {
      case 'publication': {
        const ref = refFor(parsed.name, publicationUrl(parsed.name, ctx));
        const { feed } = await loadFeed(ref.fetchUrl, null, ctx);
        return feed?.siteUrl ? { ...ref, siteUrl: feed.siteUrl } : ref;
      }
      case 'handle':
      case 'profile-id': {
        const url =
          parsed.type === 'handle'
            ? `${api}/api/v1/user/${encodeURIComponent(parsed.handle)}/public_profile`
            : `${api}/api/v1/user/${parsed.id}/profile`;
        const profile = await getJson(url, ctx);
        if (!isObject(profile)) throw new ParseError('Unexpected Substack profile response.', { reason: 'bad-shape', url });
        const publication = primaryPublicationOf(profile);
        const ref = publication ? publicationRef(publication, ctx) : null;
        if (!ref)
          throw new NotFoundError(`The Substack profile ${str(profile.handle) ? `@${str(profile.handle)}` : parsed.type === 'handle' ? `@${parsed.handle}` : parsed.id} has no publication to follow.`, {
            reason: 'substack-no-publication',
          });
        return ref;
      }
      case 'post-id': {
        const body = await getJson(`${api}/api/v1/posts/by-id/${parsed.id}`, ctx);
        const publication = isObject(body) && isObject(body.publication) ? publicationRef(body.publication, ctx) : null;
        if (!publication) throw new NotFoundError('That Substack post has no publication.', { reason: 'substack-no-publication' });
        return publication;
      }
      default: {
        const exhaustive: never = parsed;
        throw new UnsupportedError(`Unknown Substack input ${String(exhaustive)}.`);
      }
    }
  },
  async fetch(ref, state, ctx, options = {}): Promise<FetchResult> {
    const page = options.page;
    if (page?.startsWith('archive:')) {
      const offset = Math.max(0, Number(page.slice('archive:'.length)) || 0);
      const url = `${baseOf(ref)}/api/v1/archive?sort=new&search=&offset=${offset}&limit=${SUBSTACK_ARCHIVE_PAGE_SIZE}`;
      const body = await getJson(url, ctx);
      if (!Array.isArray(body)) throw new ParseError('The Substack archive did not answer with a list of posts.', { reason: 'bad-shape', url });
      const items = body.filter(isObject).map(substackPostToItem).filter((item): item is NormalizedItem => item !== null);
      return {
        source: { title: null, description: null, siteUrl: ref.siteUrl, imageUrl: null },
        items,
        state: state ?? { etag: null, lastModified: null, cursor: null },
        notModified: false,
        nextPage: body.length >= SUBSTACK_ARCHIVE_PAGE_SIZE ? `archive:${offset + body.length}` : null,
        hints: {},
      };
    }
    const result = await fetchFeedSource(ref, state, ctx, {}, { kind: 'article' });
    for (const item of result.items) {
      if (PAYWALL_MARKERS.some((marker) => marker.test(item.contentHtml))) item.isPaidPreview = true;
    }
    // Older posts come from the archive, starting at the newest (duplicates share the post URL as guid).
    return { ...result, nextPage: result.notModified ? null : 'archive:0' };
  },
  async verify(ref, challenge, ctx): Promise<VerifyResult> {
    const { feed } = await loadFeed(ref.fetchUrl, null, ctx);
    if (!feed) throw new ParseError('The feed answered 304 to an unconditional request.');
    const recent = optionsOf(ctx).verifyRecentItems;
    const inFeedHeader = findCodeInFeed({ ...feed, items: [] }, challenge, 0);
    if (inFeedHeader) return { verified: true, place: inFeedHeader.place };
    // Author bios: the bylines of the newest archive posts carry each author's bio.
    let bios = 0;
    try {
      const archive = await getJson(`${baseOf(ref)}/api/v1/archive?sort=new&search=&offset=0&limit=${SUBSTACK_ARCHIVE_PAGE_SIZE}`, ctx);
      const bylines = (Array.isArray(archive) ? archive.filter(isObject) : []).flatMap((post) =>
        Array.isArray(post.publishedBylines) ? post.publishedBylines.filter(isObject) : [],
      );
      bios = new Set(bylines.map((byline) => str(byline.handle))).size;
      if (bylines.some((byline) => containsCode(str(byline.bio), challenge))) return { verified: true, place: 'bio' };
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ParseError)) throw error;
    }
    const inPosts = findCodeInFeed({ ...feed, description: null, verifyCodes: [] }, challenge, recent);
    if (inPosts) return { verified: true, place: inPosts.place };
    return {
      verified: false,
      reason: `The publication description, ${bios ? `the bio of its author${bios > 1 ? 's' : ''}` : 'the author bio'} and its ${Math.min(recent, feed.items.length)} most recent posts do not contain the code yet.`,
    };
  },
};
