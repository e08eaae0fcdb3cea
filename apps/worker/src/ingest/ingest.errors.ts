import { isBridgeError } from '@tributary/bridges';
import { isHttpClientError } from '../http/index.js';

export interface FailureVerdict {
  /** Words for the person who subscribed ("the feed answered 404 Not Found"). */
  message: string;
  /** Stop fetching: the source is gone for good. */
  isGone: boolean;
  /** The server said when to come back. */
  retryAfter?: Date | undefined;
  httpStatus: number | null;
  /** For the API: the public error code of a failed resolve. */
  apiCode: 'SOURCE_UNSUPPORTED' | 'SOURCE_UNREACHABLE' | 'NOT_FOUND';
}

/**
 * Turns anything a fetch threw into a verdict, or returns null for errors that are ours (database,
 * Redis, bugs): those must fail the job so it retries, not mark the source as failing.
 */
export function judgeFailure(error: unknown): FailureVerdict | null {
  if (isBridgeError(error)) {
    const status = error.status ?? null;
    switch (error.kind) {
      case 'transient':
        return { message: error.message, isGone: false, retryAfter: error.retryAfter, httpStatus: status, apiCode: 'SOURCE_UNREACHABLE' };
      case 'unreachable':
        return { message: error.message, isGone: false, httpStatus: status, apiCode: 'SOURCE_UNREACHABLE' };
      case 'parse':
        return { message: error.message, isGone: false, httpStatus: status, apiCode: 'SOURCE_UNSUPPORTED' };
      case 'not-found':
        return { message: error.message, isGone: false, httpStatus: status, apiCode: 'NOT_FOUND' };
      case 'permanent':
        return { message: error.message, isGone: status === 410, httpStatus: status, apiCode: 'SOURCE_UNREACHABLE' };
      case 'unsupported':
        return { message: error.message, isGone: false, httpStatus: status, apiCode: 'SOURCE_UNSUPPORTED' };
    }
  }
  if (isHttpClientError(error)) {
    return { message: error.message, isGone: false, httpStatus: null, apiCode: 'SOURCE_UNREACHABLE' };
  }
  return null;
}
