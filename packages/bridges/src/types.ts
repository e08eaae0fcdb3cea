import { type SourceKind } from '@tributary/jobs';
import { type HttpClient } from './http.js';
import { type Step, type StepContext } from './plan.js';

// The platforms are part of the API↔worker contract (packages/jobs); bridges exist for each of them.
export { SOURCE_KINDS, type SourceKind } from '@tributary/jobs';

/** A resolved source: what the worker stores and hands back to `fetch`/`verify`. */
export interface SourceRef {
  kind: SourceKind;
  /** Canonical dedupe key, unique across kinds, e.g. `rss:https://example.com/feed`, `telegram:durov`. */
  key: string;
  /** Where `fetch` reads from. */
  fetchUrl: string;
  /** The human-facing home page of the source. */
  siteUrl: string | null;
}

export interface MediaItem {
  url: string;
  /** MIME type (`image/jpeg`, `video/mp4`, `audio/mpeg`); a generic `image/*`-style guess when unknown. */
  type: string;
  size?: number;
  width?: number;
  height?: number;
  durationSeconds?: number;
  thumbnailUrl?: string;
  title?: string;
}

export interface PollOption {
  text: string;
  percent: number | null;
}

export interface NormalizedItem {
  /** Stable id within the source (the feed's guid/id, the post id, or a hash of the item's content). */
  guid: string;
  url: string | null;
  title: string | null;
  /** Sanitized HTML, safe to render. */
  contentHtml: string;
  /** Plain text, at most ~500 characters. */
  summary: string;
  author: string | null;
  publishedAt: Date | null;
  updatedAt?: Date | null;
  media: MediaItem[];
  kind: 'article' | 'post';
  /** The content is only the free part of a paid post. */
  isPaidPreview?: boolean;
  categories?: string[];
  /** Platform facts (present only where the platform has them). */
  views?: number;
  forwardedFrom?: { name: string; url: string | null };
  edited?: boolean;
  poll?: { question: string; options: PollOption[]; voters?: number };
  linkPreview?: { url: string; siteName?: string; title?: string; description?: string; imageUrl?: string };
  metrics?: { likes?: number; reposts?: number; replies?: number; quotes?: number; impressions?: number };
  /**
   * Fingerprint of the item as it came from the source, before sanitizing (feed bridges only). Equal
   * fingerprints mean equal normalized items; pass stored ones back in `ctx.knownItems` to skip them.
   */
  fingerprint?: string;
}

/**
 * An item whose fingerprint was in `ctx.knownItems`: it was not sanitized or normalized again, and
 * nothing of it needs storing. Enough is kept to estimate the source's posting rate.
 */
export interface UnchangedItem {
  guid: string;
  fingerprint: string;
  publishedAt: Date | null;
}

export interface SourceMeta {
  title: string | null;
  description: string | null;
  siteUrl: string | null;
  imageUrl: string | null;
}

/** What a bridge remembers between fetches. Opaque to the worker; store and pass it back. */
export interface FetchState {
  etag: string | null;
  lastModified: string | null;
  /** Bridge-specific high-water mark (X: newest post id). */
  cursor: string | null;
}

export const EMPTY_STATE: FetchState = { etag: null, lastModified: null, cursor: null };

export interface FetchHints {
  /** Suggested minimum time to the next fetch (RSS `<ttl>`, Cache-Control max-age, sy:updatePeriod). */
  ttlSeconds?: number;
  /** Do not fetch again before this time (429, Retry-After). */
  retryAfter?: Date;
  /** WebSub hub advertised by the feed (`Link: rel=hub` header or the document's hub link). */
  hubUrl?: string;
  /** The feed's self URL (WebSub topic) when it advertises a hub and names itself; header first. */
  selfUrl?: string;
}

export interface FetchResult {
  source: SourceMeta;
  /** Newest first where the platform tells order; empty when `notModified`. */
  items: NormalizedItem[];
  /**
   * Items skipped because `ctx.knownItems` held their fingerprint (they are not in `items`). Absent
   * when nothing was skipped or the bridge does not fingerprint (Telegram, X, Substack's API pages).
   */
  unchanged?: UnchangedItem[];
  state: FetchState;
  notModified: boolean;
  /** Token for `fetch(ref, state, ctx, { page })` to get older items; null when there are none. */
  nextPage: string | null;
  hints: FetchHints;
}

export interface FetchOptions {
  /** An older page, as returned in `nextPage`. A paged fetch sends no conditional headers. */
  page?: string;
}

export type VerifyPlace =
  | 'description'
  | 'feed-element'
  | 'bio'
  | 'post'
  | 'item'
  /** A `rel="me"` link from the source's site to the claimant's profile. */
  | 'rel-me';

export interface VerifyResult {
  verified: boolean;
  place?: VerifyPlace;
  /** Human words for the claimant when not verified. */
  reason?: string;
}

export interface BridgeOptions {
  /** Default `https://t.me` (`TELEGRAM_BASE_URL`). */
  telegramBaseUrl?: string;
  /** Default `https://api.x.com` (`X_API_BASE_URL`). */
  xApiBaseUrl?: string;
  /** `X_BEARER_TOKEN`. */
  xBearerToken?: string;
  /** `NITTER_BASE_URL`. */
  nitterBaseUrl?: string;
  /** Default `https://{name}.substack.com` (`SUBSTACK_URL_TEMPLATE`). */
  substackUrlTemplate?: string;
  /** Origin of Substack's own API and profiles; default `https://substack.com`. */
  substackApiBaseUrl?: string;
  /** Largest response body a bridge parses; default 10 MiB. */
  maxBodyBytes?: number;
  /** Most items returned by one fetch; default 500. */
  maxItems?: number;
  /** How many recent posts `verify` searches; default 20. */
  verifyRecentItems?: number;
}

export interface BridgeContext extends BridgeOptions {
  http: HttpClient;
  signal?: AbortSignal;
  /**
   * Fingerprints (`NormalizedItem.fingerprint`) of items the caller already stores unchanged. Feed
   * bridges fingerprint each raw item first and return known ones in `FetchResult.unchanged` without
   * sanitizing them. Only a hint: an unknown fingerprint just means the item is normalized as usual.
   */
  knownItems?: ReadonlySet<string>;
}

/** A resolve and the first fetch of what it resolved to, from the same download where the platform allows. */
export interface ResolvedFetch {
  ref: SourceRef;
  result: FetchResult;
}

/**
 * A platform's operations as plans (plan.ts): each returns the first step, pure and without I/O; the
 * answers are read by the bridge's named steps. Resolve, fetch and verify are these plans driven through
 * `ctx.http` (see `driven` in registry.ts), so there is one implementation of each, wherever it runs.
 */
export interface BridgePlans {
  kind: SourceKind;
  /**
   * Content pushed to us (WebSub) reads as the answer to this bridge's fetch plan: one GET of a document
   * that holds the whole page (feeds).
   */
  acceptsPush?: boolean;
  /** Whether this bridge recognises the input by its shape alone (no network). */
  matches(input: string, ctx: BridgeOptions): boolean;
  planResolve(input: string, ctx: StepContext): Step<SourceRef>;
  /**
   * Present when resolving already downloads the first page of posts: resolve and fetch from that one
   * download (no second GET, no second parse). Without it, resolving is followed by a fetch.
   */
  planResolveAndFetch?(input: string, ctx: StepContext): Step<ResolvedFetch>;
  planFetch(ref: SourceRef, state: FetchState | null, ctx: StepContext, options?: FetchOptions): Step<FetchResult>;
  planVerify(ref: SourceRef, challenge: string, ctx: StepContext): Step<VerifyResult>;
}

export interface Bridge extends BridgePlans {
  resolve(input: string, ctx: BridgeContext): Promise<SourceRef>;
  resolveAndFetch?(input: string, ctx: BridgeContext): Promise<ResolvedFetch>;
  fetch(ref: SourceRef, state: FetchState | null, ctx: BridgeContext, options?: FetchOptions): Promise<FetchResult>;
  verify(ref: SourceRef, challenge: string, ctx: BridgeContext): Promise<VerifyResult>;
}
