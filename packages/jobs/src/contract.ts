// What the API and the worker say about sources: the platforms, the answer of a resolve job, and the
// one table that turns a failed fetch or resolve into a public error code (../shared/API.md).
import { z } from 'zod';

/** The platforms Tributary reads. Prisma's `SourceKind` enum and the GraphQL enum mirror this list (checked by tests). */
export const SOURCE_KINDS = ['RSS', 'SUBSTACK', 'TELEGRAM', 'X'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const sourceKind = z.enum(SOURCE_KINDS);

/**
 * How a fetch or resolve failed, as the bridges classify it (their `BridgeError.kind`):
 * transient (5xx, 429, timeouts), permanent (401, 403, 410), parse (not readable), unsupported (an input
 * or platform we cannot handle), not-found (404, unknown channel), unreachable (DNS, refused connection,
 * an address the guard refuses).
 */
export const FAILURE_KINDS = [
  'transient',
  'permanent',
  'parse',
  'unsupported',
  'not-found',
  'unreachable',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * Every `extensions.code` the API answers with (../shared/API.md). The API's error type and the web app's
 * messages are keyed by this list.
 */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INVITE_INVALID',
  'SOURCE_UNSUPPORTED',
  'SOURCE_UNREACHABLE',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The public error codes (API.md) a failed resolve answers with. */
export const RESOLVE_ERROR_CODES = ['SOURCE_UNSUPPORTED', 'SOURCE_UNREACHABLE', 'NOT_FOUND'] as const satisfies readonly ApiErrorCode[];
export type ResolveErrorCode = (typeof RESOLVE_ERROR_CODES)[number];

/**
 * How the worker's one outbound HTTP client fails (its `HttpClientError.code`), each a failure kind:
 * refused input is unsupported, a host we cannot or may not reach is unreachable, what may pass by
 * itself is transient, an endless redirect is permanent, an oversized body is unreadable (parse).
 */
export const HTTP_FAILURE_KINDS = {
  BAD_URL: 'unsupported',
  UNSUPPORTED_SCHEME: 'unsupported',
  BLOCKED_ADDRESS: 'unreachable',
  DNS_FAILED: 'unreachable',
  CONNECT_FAILED: 'unreachable',
  TLS_FAILED: 'unreachable',
  TIMEOUT: 'transient',
  TOO_MANY_REDIRECTS: 'permanent',
  BODY_TOO_LARGE: 'parse',
  BAD_RESPONSE: 'transient',
  ABORTED: 'transient',
} as const satisfies Record<string, FailureKind>;
export type HttpFailureCode = keyof typeof HTTP_FAILURE_KINDS;
export const HTTP_FAILURE_CODES = Object.keys(HTTP_FAILURE_KINDS) as HttpFailureCode[];

/**
 * How a source's HTTP status fails a request: 404 not found, 408/429/5xx transient (try later; a 429
 * names when), every other status permanent (401, 403, 410...).
 */
export function failureKindOfStatus(status: number): FailureKind {
  if (status === 404) return 'not-found';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'permanent';
}

const RESOLVE_ERROR_CODE = {
  transient: 'SOURCE_UNREACHABLE',
  permanent: 'SOURCE_UNREACHABLE',
  parse: 'SOURCE_UNSUPPORTED',
  unsupported: 'SOURCE_UNSUPPORTED',
  'not-found': 'NOT_FOUND',
  unreachable: 'SOURCE_UNREACHABLE',
} as const satisfies Record<FailureKind, ResolveErrorCode>;

/**
 * The one mapping from a failure to its public code. A 429 from a source is `SOURCE_UNREACHABLE`
 * (the source cannot be read right now), never `RATE_LIMITED`: that code is kept for the limits
 * Tributary itself puts on an account (refreshes, sign-ups, new sources), so a client can tell "you are
 * going too fast" from "that site is busy". The message says the site asked us to slow down, and
 * `retryAfterSeconds` travels with either code whenever a time to come back is known.
 */
export function resolveErrorCodeFor(kind: FailureKind): ResolveErrorCode {
  return RESOLVE_ERROR_CODE[kind];
}

/** A public error as the API throws it: the code, words for people, and what is safe to show with it. */
export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  details: { retryAfterSeconds?: number };
}

/** The API's error for a failed resolve: the code and message as the worker judged them, with when to retry. */
export function apiErrorOfResolve(result: Extract<ResolveResult, { ok: false }>): ApiErrorShape {
  const retryAfterSeconds = result.retryAfterSeconds ?? (result.code === 'RATE_LIMITED' ? 0 : undefined);
  return { code: result.code, message: result.message, details: retryAfterSeconds === undefined ? {} : { retryAfterSeconds } };
}

const previewItem = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  summary: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  imageUrl: z.string().nullable(),
});
export type PreviewItem = z.infer<typeof previewItem>;

/**
 * The answer of a resolve-source job. A successful resolve has stored the source (PENDING when new)
 * and the items it parsed, so `sourceId` is that row: subscribing by it needs no second resolve.
 */
export const resolveResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    sourceId: z.string(),
    /** Whether this resolve created the source (Tributary did not know it before). */
    isNew: z.boolean(),
    kind: sourceKind,
    key: z.string(),
    url: z.string(),
    siteUrl: z.string().nullable(),
    title: z.string().nullable(),
    description: z.string().nullable(),
    imageUrl: z.string().nullable(),
    recentItems: z.array(previewItem),
  }),
  z.object({
    ok: z.literal(false),
    /**
     * RATE_LIMITED: the account's daily budget of sources new to Tributary is spent (the worker's
     * NewSourceBudget). The others: `resolveErrorCodeFor` of how the resolve failed.
     */
    code: z.enum([...RESOLVE_ERROR_CODES, 'RATE_LIMITED']),
    message: z.string(),
    /** When trying again can succeed: RATE_LIMITED always; a source that asked us to wait (429, 503 with Retry-After). */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
]);
export type ResolveResult = z.infer<typeof resolveResult>;
export type ResolvedSource = Extract<ResolveResult, { ok: true }>;
