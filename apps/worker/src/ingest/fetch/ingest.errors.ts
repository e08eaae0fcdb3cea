import { isBridgeError } from '@tributary/bridges';
import {
  type FailureKind,
  HTTP_FAILURE_KINDS,
  resolveErrorCodeFor,
  type ResolveErrorCode,
  type ResolveResult,
} from '@tributary/jobs';
import { isHttpClientError } from '../../http/index.js';

export interface FailureVerdict {
  /** Words for the person who subscribed ("the feed answered 404 Not Found"). */
  message: string;
  /** Stop fetching: the source is gone for good. */
  isGone: boolean;
  /** The server said when to come back. */
  retryAfter?: Date | undefined;
  httpStatus: number | null;
  /** For the API: the public error code of a failed resolve (packages/jobs' one table). */
  apiCode: ResolveErrorCode;
}

/**
 * Turns anything a fetch threw into a verdict, or returns null for errors that are ours (database,
 * Redis, bugs): those must fail the job so it retries, not mark the source as failing. Every kind comes
 * from packages/jobs: the HTTP client's codes (HTTP_FAILURE_KINDS), the statuses (through the bridges'
 * typed errors), and from a kind the public code.
 */
export function judgeFailure(error: unknown): FailureVerdict | null {
  if (isBridgeError(error)) {
    const status = error.status ?? null;
    const retryAfter = error.kind === 'transient' ? error.retryAfter : undefined;
    return verdict(error.kind, error.message, status, { isGone: error.kind === 'permanent' && status === 410, retryAfter });
  }
  if (isHttpClientError(error)) return verdict(HTTP_FAILURE_KINDS[error.code], error.message, null);
  return null;
}

/** The answer of a resolve job that failed for the source's reasons (see `judgeFailure`). */
export function failedResolve(verdict: FailureVerdict, now = Date.now()): Extract<ResolveResult, { ok: false }> {
  const retryAfterSeconds = verdict.retryAfter ? Math.max(1, Math.ceil((verdict.retryAfter.getTime() - now) / 1000)) : undefined;
  return { ok: false, code: verdict.apiCode, message: verdict.message, ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) };
}

function verdict(
  kind: FailureKind,
  message: string,
  httpStatus: number | null,
  extra: { isGone?: boolean; retryAfter?: Date | undefined } = {},
): FailureVerdict {
  return {
    message,
    isGone: extra.isGone ?? false,
    ...(extra.retryAfter && { retryAfter: extra.retryAfter }),
    httpStatus,
    apiCode: resolveErrorCodeFor(kind),
  };
}
