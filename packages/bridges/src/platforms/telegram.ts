/** Telegram public channels through the web preview `t.me/s/<channel>`. */
import { NotFoundError, ParseError, UnsupportedError } from '../errors.js';
import { decodeBytes } from '../feed/encoding.js';
import { charsetOf, httpGet, type HttpResponse } from '../http.js';
import { optionsOf } from '../options.js';
import { type Bridge, type BridgeContext, type FetchResult, type FetchState, type SourceRef } from '../types.js';
import { containsCode } from '../util/text.js';
import { maxAgeOf, notModifiedResult, stateFrom } from './feed-common.js';
import { parseTelegramPage, type TelegramPage } from './telegram-page.js';

const NAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const RESERVED = new Set(['joinchat', 'addstickers', 'addemoji', 'share', 'proxy', 'socks', 'login', 'iv', 'setlanguage', 'addtheme', 'boost', 'contact', 'invoice']);
const TELEGRAM_HOSTS = new Set(['t.me', 'telegram.me', 'www.t.me', 'telegram.dog']);

/** Channel name from `t.me/name`, `t.me/s/name`, `t.me/name/123`, `@name` (when allowHandle), or the configured origin. */
export function telegramChannelName(input: string, ctx: BridgeContext, allowHandle = false): string | null {
  const trimmed = input.trim();
  if (allowHandle && /^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(trimmed)) return trimmed.slice(1);
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  const base = new URL(optionsOf(ctx).telegramBaseUrl);
  const onBase = url.host === base.host && url.pathname.startsWith(base.pathname.replace(/\/$/, '') + '/');
  if (!TELEGRAM_HOSTS.has(url.hostname.toLowerCase()) && !onBase) return null;
  const path = onBase ? url.pathname.slice(base.pathname.replace(/\/$/, '').length) : url.pathname;
  const parts = path.split('/').filter(Boolean);
  const name = parts[0] === 's' ? parts[1] : parts[0];
  if (!name || RESERVED.has(name.toLowerCase()) || !NAME.test(name)) return null;
  return name;
}

function refFor(name: string, ctx: BridgeContext): SourceRef {
  return {
    kind: 'TELEGRAM',
    key: `telegram:${name.toLowerCase()}`,
    fetchUrl: `${optionsOf(ctx).telegramBaseUrl}/s/${name}`,
    siteUrl: `https://t.me/${name}`,
  };
}

function privateError(name: string): UnsupportedError {
  return new UnsupportedError(
    `t.me/${name} has no public web preview: it is a private channel, a group or a user, or it does not exist. Only public channels can be followed.`,
    { reason: 'private-channel' },
  );
}

async function loadPage(
  ref: SourceRef,
  state: FetchState | null,
  ctx: BridgeContext,
  before?: string,
): Promise<{ page: TelegramPage | null; response: Awaited<ReturnType<typeof httpGet>> }> {
  const url = before ? `${ref.fetchUrl}?before=${encodeURIComponent(before)}` : ref.fetchUrl;
  let response;
  try {
    response = await httpGet(ctx.http, url, {
      headers: { Accept: 'text/html' },
      validators: before ? {} : (state ?? {}),
      maxBodyBytes: optionsOf(ctx).maxBodyBytes,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } catch (error) {
    if (error instanceof NotFoundError) throw privateError(ref.key.slice('telegram:'.length));
    throw error;
  }
  if (response.status === 304) return { page: null, response };
  const name = ref.fetchUrl.split('/').pop()!;
  // Telegram redirects /s/<name> to /<name> when there is no public preview.
  const finalPath = new URL(response.url).pathname;
  const html = decodeBytes(response.body, charsetOf(response.headers)).text;
  const page = parseTelegramPage(html, response.url);
  if (!finalPath.includes('/s/') || !page.isPreview) throw privateError(name);
  return { page, response };
}

async function resolveChannel(input: string, ctx: BridgeContext): Promise<{ ref: SourceRef; page: TelegramPage; response: HttpResponse }> {
  const name = telegramChannelName(input, ctx, true);
  if (!name) throw new UnsupportedError(`"${input}" is not a Telegram channel address (t.me/<name>).`, { reason: 'not-telegram' });
  const { page, response } = await loadPage(refFor(name, ctx), null, ctx);
  if (!page) throw new ParseError('Telegram answered 304 to an unconditional request.', { url: response.url });
  const canonical = page.channel.username && NAME.test(page.channel.username) ? page.channel.username : name;
  return { ref: refFor(canonical, ctx), page, response };
}

function pageResult(
  ref: SourceRef,
  state: FetchState | null,
  page: TelegramPage,
  response: HttpResponse,
  ctx: BridgeContext,
  isOlderPage: boolean,
): FetchResult {
  const newest = page.items[0]?.messageId;
  const previousCursor = state?.cursor ? Number(state.cursor) : 0;
  const cursor = newest !== undefined && !isOlderPage ? String(Math.max(newest, previousCursor)) : (state?.cursor ?? null);
  const maxAge = maxAgeOf(response.headers);
  return {
    source: { title: page.channel.title, description: page.channel.description, siteUrl: ref.siteUrl, imageUrl: page.channel.imageUrl },
    items: page.items.slice(0, optionsOf(ctx).maxItems),
    state: stateFrom(response, state, cursor),
    notModified: false,
    nextPage: page.before,
    hints: maxAge ? { ttlSeconds: maxAge } : {},
  };
}

export const telegramBridge: Bridge = {
  kind: 'TELEGRAM',
  matches(input, ctx) {
    return telegramChannelName(input, ctx) !== null;
  },
  async resolve(input, ctx) {
    return (await resolveChannel(input, ctx)).ref;
  },
  async resolveAndFetch(input, ctx) {
    // The channel page that proved the channel public is its first page of posts: one GET.
    const { ref, page, response } = await resolveChannel(input, ctx);
    return { ref, result: pageResult(ref, null, page, response, ctx, false) };
  },
  async fetch(ref, state, ctx, options = {}): Promise<FetchResult> {
    const { page, response } = await loadPage(ref, state, ctx, options.page);
    if (!page) return notModifiedResult(response, state);
    return pageResult(ref, state, page, response, ctx, options.page !== undefined);
  },
  async verify(ref, challenge, ctx) {
    const { page } = await loadPage(ref, null, ctx);
    if (!page) return { verified: false, reason: 'Telegram did not send the channel page.' };
    if (containsCode(page.channel.descriptionHtml ?? page.channel.description, challenge)) return { verified: true, place: 'description' };
    const recent = page.items.slice(0, optionsOf(ctx).verifyRecentItems);
    if (recent.some((item) => containsCode(item.contentHtml, challenge))) return { verified: true, place: 'post' };
    return {
      verified: false,
      reason: `The channel description and its ${recent.length} most recent posts do not contain the code yet.`,
    };
  },
};
