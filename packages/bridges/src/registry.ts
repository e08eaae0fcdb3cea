/** One entry point: pick the bridge for what a user pasted, and find bridges by kind. */
import { UnsupportedError } from './errors.js';
import { andThen, driveStep, type Step, type StepContext, defineSteps, valueOf } from './plan.js';
import { feedFetchResult } from './platforms/feed-common.js';
import { planResolveFeed, type ResolvedFeed, rssPlans } from './platforms/rss.js';
import { substackPlans, substackRefFromFeed } from './platforms/substack.js';
import { telegramPlans } from './platforms/telegram.js';
import { xPlans } from './platforms/x.js';
import {
  type Bridge,
  type BridgeOptions,
  type BridgePlans,
  type FetchResult,
  type ResolvedFetch,
  type SourceKind,
  type SourceRef,
} from './types.js';

/** A bridge whose operations are its plans driven through `ctx.http`, one request after the other. */
function driven(plans: BridgePlans): Bridge {
  const planResolveAndFetch = plans.planResolveAndFetch?.bind(plans);
  return {
    ...plans,
    // Async, so that a plan refused before any request (bad input, a platform not configured) rejects.
    resolve: async (input, ctx) => driveStep(plans.planResolve(input, ctx), ctx),
    ...(planResolveAndFetch && { resolveAndFetch: async (input, ctx) => driveStep(planResolveAndFetch(input, ctx), ctx) }),
    fetch: async (ref, state, ctx, options) => driveStep(plans.planFetch(ref, state, ctx, options), ctx),
    verify: async (ref, challenge, ctx) => driveStep(plans.planVerify(ref, challenge, ctx), ctx),
  };
}

export const rssBridge = driven(rssPlans);
export const substackBridge = driven(substackPlans);
export const telegramBridge = driven(telegramPlans);
export const xBridge = driven(xPlans);

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

const STEP = defineSteps({
  /** A feed found by the generic path may be a Substack publication on its own domain. */
  'registry.feedRef': (input, carry: { kindHint?: SourceKind }): Step<SourceRef> => {
    const { ref, feed } = valueOf<ResolvedFeed>(input);
    return { done: (carry.kindHint !== 'RSS' && substackRefFromFeed(ref.fetchUrl, feed)) || ref };
  },
  /** The feed that proved the address is one is also its first fetch (unless it turns out to be Substack's). */
  'registry.feedFetch': (input, carry: { kindHint?: SourceKind }, ctx): Step<ResolvedFetch> => {
    const { ref, feed, response } = valueOf<ResolvedFeed>(input);
    const substack = carry.kindHint !== 'RSS' ? substackRefFromFeed(ref.fetchUrl, feed) : null;
    if (substack) return andThen(substackPlans.planFetch(substack, null, ctx), { step: STEP['registry.withRef'], carry: { ref: substack } }, ctx);
    return { done: { ref, result: feedFetchResult({ response, feed }, null, ctx) } };
  },
  /** A resolved source, fetched next. */
  'registry.fetchResolved': (input, _carry: undefined, ctx): Step<ResolvedFetch> => {
    const ref = valueOf<SourceRef>(input);
    return andThen(bridges[ref.kind].planFetch(ref, null, ctx), { step: STEP['registry.withRef'], carry: { ref } }, ctx);
  },
  'registry.withRef': (input, carry: { ref: SourceRef }): Step<ResolvedFetch> => ({
    done: { ref: carry.ref, result: valueOf<FetchResult>(input) },
  }),
});

function checkedInput(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new UnsupportedError('Paste a web address, a feed URL or a handle.', { reason: 'empty-input' });
  return trimmed;
}

function ambiguous(trimmed: string): UnsupportedError {
  return new UnsupportedError(`"${trimmed}" could be on several platforms: choose Telegram, X or Substack, or paste the full address.`, {
    reason: 'ambiguous-handle',
  });
}

/** The bridge that recognises the input by its shape: the one chosen, else X, Telegram or Substack. */
function platformFor(trimmed: string, options: ResolveSourceOptions, ctx: BridgeOptions): BridgePlans | undefined {
  const explicit = options.kindHint && options.kindHint !== 'RSS' ? bridges[options.kindHint] : undefined;
  if (/^@[\w.-]+$/.test(trimmed) && !explicit) throw ambiguous(trimmed);
  return explicit ?? [xPlans, telegramPlans, substackPlans].find((candidate) => candidate.matches(trimmed, ctx));
}

/**
 * Resolve a URL, handle or domain to a SourceRef: X and Telegram by their URL shapes, Substack
 * by its URL shapes or by a feed that Substack generated (custom domains), anything else as a
 * feed (with autodiscovery from HTML pages).
 */
export function planResolveSource(input: string, options: ResolveSourceOptions, ctx: StepContext): Step<SourceRef> {
  const trimmed = checkedInput(input);
  const platform = platformFor(trimmed, options, ctx);
  if (platform) return platform.planResolve(trimmed, ctx);
  return andThen(planResolveFeed(trimmed, ctx), { step: STEP['registry.feedRef'], carry: { kindHint: options.kindHint } }, ctx);
}

/**
 * Resolve what a user pasted and fetch its first page of posts, downloading and parsing each document
 * once: a feed URL is one GET whose parsed feed is both the proof that it is a feed and the first fetch;
 * a Telegram channel page likewise. Other platforms resolve, then fetch.
 */
export function planResolveAndFetch(input: string, options: ResolveSourceOptions, ctx: StepContext): Step<ResolvedFetch> {
  const trimmed = checkedInput(input);
  const platform = platformFor(trimmed, options, ctx);
  if (platform?.planResolveAndFetch) return platform.planResolveAndFetch(trimmed, ctx);
  if (platform) return andThen(platform.planResolve(trimmed, ctx), { step: STEP['registry.fetchResolved'] }, ctx);
  return andThen(planResolveFeed(trimmed, ctx), { step: STEP['registry.feedFetch'], carry: { kindHint: options.kindHint } }, ctx);
}

export async function resolveSource(input: string, options: ResolveSourceOptions, ctx: Parameters<typeof driveStep>[1]): Promise<SourceRef> {
  return driveStep(planResolveSource(input, options, ctx), ctx);
}

export async function resolveAndFetch(input: string, options: ResolveSourceOptions, ctx: Parameters<typeof driveStep>[1]): Promise<ResolvedFetch> {
  return driveStep(planResolveAndFetch(input, options, ctx), ctx);
}
