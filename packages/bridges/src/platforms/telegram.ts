/** Telegram public channels through the web preview `t.me/s/<channel>`. */
import { NotFoundError, ParseError, UnsupportedError } from '../errors.js';
import { decodeBytes } from '../feed/encoding.js';
import { charsetOf, type HttpResponse } from '../http.js';
import { optionsOf } from '../options.js';
import { ask, defineSteps, type PlanOptions, responseOf, type Step, type StepInput } from '../plan.js';
import {
  type BridgeOptions,
  type BridgePlans,
  type FetchResult,
  type FetchState,
  type ResolvedFetch,
  type SourceRef,
  type VerifyResult,
} from '../types.js';
import { containsCode } from '../util/text.js';
import { maxAgeOf, notModifiedResult, stateFrom } from './feed-common.js';
import { parseTelegramPage, type TelegramPage } from './telegram-page.js';

const NAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const RESERVED = new Set(['joinchat', 'addstickers', 'addemoji', 'share', 'proxy', 'socks', 'login', 'iv', 'setlanguage', 'addtheme', 'boost', 'contact', 'invoice']);
const TELEGRAM_HOSTS = new Set(['t.me', 'telegram.me', 'www.t.me', 'telegram.dog']);

/** Channel name from `t.me/name`, `t.me/s/name`, `t.me/name/123`, `@name` (when allowHandle), or the configured origin. */
export function telegramChannelName(input: string, ctx: BridgeOptions, allowHandle = false): string | null {
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

function refFor(name: string, ctx: BridgeOptions): SourceRef {
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

/** A channel page: the newest (conditional when there are validators) or the one `before` a message. */
function pagePlanOptions(state: FetchState | null, ctx: BridgeOptions): PlanOptions {
  return { headers: { Accept: 'text/html' }, validators: state ?? {}, maxBodyBytes: optionsOf(ctx).maxBodyBytes };
}

function pageUrl(ref: SourceRef, before?: string): string {
  return before ? `${ref.fetchUrl}?before=${encodeURIComponent(before)}` : ref.fetchUrl;
}

/** The answer to a page plan: the parsed page, null for a 304; a channel without a public preview fails. */
function pageOf(input: StepInput, ref: SourceRef): { page: TelegramPage | null; response: HttpResponse } {
  let response: HttpResponse;
  try {
    response = responseOf(input);
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

function resolvedChannel(input: StepInput, ref: SourceRef, ctx: BridgeOptions): { ref: SourceRef; page: TelegramPage; response: HttpResponse } {
  const { page, response } = pageOf(input, ref);
  if (!page) throw new ParseError('Telegram answered 304 to an unconditional request.', { url: response.url });
  const canonical = page.channel.username && NAME.test(page.channel.username) ? page.channel.username : ref.key.slice('telegram:'.length);
  return { ref: refFor(canonical, ctx), page, response };
}

function planChannel(input: string, ctx: BridgeOptions, step: string): Step<never> {
  const name = telegramChannelName(input, ctx, true);
  if (!name) throw new UnsupportedError(`"${input}" is not a Telegram channel address (t.me/<name>).`, { reason: 'not-telegram' });
  const ref = refFor(name, ctx);
  return ask(ref.fetchUrl, pagePlanOptions(null, ctx), step, { ref });
}

function pageResult(
  ref: SourceRef,
  state: FetchState | null,
  page: TelegramPage,
  response: HttpResponse,
  ctx: BridgeOptions,
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

const STEP = defineSteps({
  'telegram.resolve': (input, carry: { ref: SourceRef }, ctx): Step<SourceRef> => ({ done: resolvedChannel(input, carry.ref, ctx).ref }),
  /** The channel page that proved the channel public is its first page of posts: one GET. */
  'telegram.resolveAndFetch': (input, carry: { ref: SourceRef }, ctx): Step<ResolvedFetch> => {
    const { ref, page, response } = resolvedChannel(input, carry.ref, ctx);
    return { done: { ref, result: pageResult(ref, null, page, response, ctx, false) } };
  },
  'telegram.fetch': (input, carry: { ref: SourceRef; state: FetchState | null; isOlderPage: boolean }, ctx): Step<FetchResult> => {
    const { page, response } = pageOf(input, carry.ref);
    if (!page) return { done: notModifiedResult(response, carry.state) };
    return { done: pageResult(carry.ref, carry.state, page, response, ctx, carry.isOlderPage) };
  },
  'telegram.verify': (input, carry: { ref: SourceRef; challenge: string }, ctx): Step<VerifyResult> => {
    const { page } = pageOf(input, carry.ref);
    if (!page) return { done: { verified: false, reason: 'Telegram did not send the channel page.' } };
    const { challenge } = carry;
    if (containsCode(page.channel.descriptionHtml ?? page.channel.description, challenge)) return { done: { verified: true, place: 'description' } };
    const recent = page.items.slice(0, optionsOf(ctx).verifyRecentItems);
    if (recent.some((item) => containsCode(item.contentHtml, challenge))) return { done: { verified: true, place: 'post' } };
    return {
      done: { verified: false, reason: `The channel description and its ${recent.length} most recent posts do not contain the code yet.` },
    };
  },
});

export const telegramPlans: BridgePlans = {
  kind: 'TELEGRAM',
  matches(input, ctx) {
    return telegramChannelName(input, ctx) !== null;
  },
  planResolve: (input, ctx) => planChannel(input, ctx, STEP['telegram.resolve']),
  planResolveAndFetch: (input, ctx) => planChannel(input, ctx, STEP['telegram.resolveAndFetch']),
  planFetch(ref, state, ctx, options = {}) {
    const pageState = options.page ? null : state;
    return ask(pageUrl(ref, options.page), pagePlanOptions(pageState, ctx), STEP['telegram.fetch'], {
      ref,
      state,
      isOlderPage: options.page !== undefined,
    });
  },
  planVerify: (ref, challenge, ctx) => ask(ref.fetchUrl, pagePlanOptions(null, ctx), STEP['telegram.verify'], { ref, challenge }),
};
