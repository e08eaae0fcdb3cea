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

/** The public error codes (API.md) a failed resolve answers with. */
export const RESOLVE_ERROR_CODES = ['SOURCE_UNSUPPORTED', 'SOURCE_UNREACHABLE', 'NOT_FOUND'] as const;
export type ResolveErrorCode = (typeof RESOLVE_ERROR_CODES)[number];

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
 * Tributary itself puts on an account (refreshes, sign-ups), so a client can tell "you are going too
 * fast" from "that site is busy". The message says the site asked us to slow down.
 */
export function resolveErrorCodeFor(kind: FailureKind): ResolveErrorCode {
  return RESOLVE_ERROR_CODE[kind];
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
    /** RATE_LIMITED: the account's daily budget of sources new to Tributary is spent (the worker's NewSourceBudget). */
    code: z.enum([...RESOLVE_ERROR_CODES, 'RATE_LIMITED']),
    message: z.string(),
    /** With RATE_LIMITED: when the budget allows another new source. */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
]);
export type ResolveResult = z.infer<typeof resolveResult>;
export type ResolvedSource = Extract<ResolveResult, { ok: true }>;
