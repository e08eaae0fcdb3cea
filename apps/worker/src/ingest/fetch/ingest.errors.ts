import { isBridgeError } from '@tributary/bridges';
import { type FailureKind, resolveErrorCodeFor, type ResolveErrorCode } from '@tributary/jobs';
import { isHttpClientError } from '../../http/index.js';

export interface FailureVerdict {
  /** Words for the person who subscribed ("the feed answered 404 Not Found"). */
  message: string;
  /** Stop fetching: the source is gone for good. */
  isGone: boolean;
  /** The server said when to come back. */
  retryAfter?: Date | undefined;
  httpStatus: number | null;
  /** For the API: the public error code of a failed resolve. */
  apiCode: ResolveErrorCode;
}

/**
 * Turns anything a fetch threw into a verdict, or returns null for errors that are ours (database,
 * Redis, bugs): those must fail the job so it retries, not mark the source as failing.
 */
export function judgeFailure(error: unknown): FailureVerdict | null {
  if (isBridgeError(error)) {
    const status = error.status ?? null;
    const retryAfter = error.kind === 'transient' ? error.retryAfter : undefined;
    return verdict(error.kind, error.message, status, { isGone: error.kind === 'permanent' && status === 410, retryAfter });
  }
  if (isHttpClientError(error)) return verdict('unreachable', error.message, null);
  return null;
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
