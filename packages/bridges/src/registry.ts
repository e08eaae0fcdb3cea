/** One entry point: pick the bridge for what a user pasted, and find bridges by kind. */
import { UnsupportedError } from './errors.js';
import { feedFetchResult } from './platforms/feed-common.js';
import { resolveFeed, rssBridge } from './platforms/rss.js';
import { substackBridge, substackRefFromFeed } from './platforms/substack.js';
import { telegramBridge } from './platforms/telegram.js';
import { xBridge } from './platforms/x.js';
import { type Bridge, type BridgeContext, type ResolvedFetch, type SourceKind, type SourceRef } from './types.js';

export const bridges = {
  RSS: rssBridge,
  SUBSTACK: substackBridge,
  TELEGRAM: telegramBridge,
  X: xBridge,
} as const satisfies Record<SourceKind, Bridge>;

export function bridgeFor(kind: SourceKind): Bridge {
  return bridges[kind];
}

export interface ResolveSourceOptions {
  /** The platform the user chose; needed for bare `@handle` input. */
  kindHint?: SourceKind;
}

/**
 * Resolve a URL, handle or domain to a SourceRef: X and Telegram by their URL shapes, Substack
 * by its URL shapes or by a feed that Substack generated (custom domains), anything else as a
 * feed (with autodiscovery from HTML pages).
 */
export async function resolveSource(input: string, options: ResolveSourceOptions, ctx: BridgeContext): Promise<SourceRef> {
  const trimmed = input.trim();
  if (!trimmed) throw new UnsupportedError('Paste a web address, a feed URL or a handle.', { reason: 'empty-input' });
  if (options.kindHint && options.kindHint !== 'RSS') return bridges[options.kindHint].resolve(trimmed, ctx);
  if (/^@[\w.-]+$/.test(trimmed))
    throw new UnsupportedError(`"${trimmed}" could be on several platforms: choose Telegram, X or Substack, or paste the full address.`, {
      reason: 'ambiguous-handle',
    });
  for (const bridge of [xBridge, telegramBridge, substackBridge]) {
    if (bridge.matches(trimmed, ctx)) return bridge.resolve(trimmed, ctx);
  }
  const { ref, feed } = await resolveFeed(trimmed, ctx);
  if (options.kindHint !== 'RSS') {
    const substack = substackRefFromFeed(ref.fetchUrl, feed);
    if (substack) return substack;
  }
  return ref;
}

/**
 * Resolve what a user pasted and fetch its first page of posts, downloading and parsing each document
 * once: a feed URL is one GET whose parsed feed is both the proof that it is a feed and the first fetch;
 * a Telegram channel page likewise. Other platforms resolve, then fetch.
 */
export async function resolveAndFetch(input: string, options: ResolveSourceOptions, ctx: BridgeContext): Promise<ResolvedFetch> {
  const trimmed = input.trim();
  if (!trimmed) throw new UnsupportedError('Paste a web address, a feed URL or a handle.', { reason: 'empty-input' });
  const explicit = options.kindHint && options.kindHint !== 'RSS' ? bridges[options.kindHint] : undefined;
  if (/^@[\w.-]+$/.test(trimmed) && !explicit)
    throw new UnsupportedError(`"${trimmed}" could be on several platforms: choose Telegram, X or Substack, or paste the full address.`, {
      reason: 'ambiguous-handle',
    });
  const bridge = explicit ?? [xBridge, telegramBridge, substackBridge].find((candidate) => candidate.matches(trimmed, ctx));
  if (bridge) {
    if (bridge.resolveAndFetch) return bridge.resolveAndFetch(trimmed, ctx);
    const ref = await bridge.resolve(trimmed, ctx);
    return { ref, result: await bridge.fetch(ref, null, ctx) };
  }
  const { ref, feed, response } = await resolveFeed(trimmed, ctx);
  if (options.kindHint !== 'RSS') {
    const substack = substackRefFromFeed(ref.fetchUrl, feed);
    if (substack) return { ref: substack, result: await substackBridge.fetch(substack, null, ctx) };
  }
  return { ref, result: feedFetchResult({ response, feed }, null, ctx) };
}
