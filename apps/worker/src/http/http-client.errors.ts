import { HTTP_FAILURE_CODES, type HttpFailureCode } from '@tributary/jobs';

/**
 * Errors of the worker's outbound HTTP client. Every failure of `GuardedHttpClient.request`
 * is an `HttpClientError` with a stable `code`; its `message` is written for people, because
 * it is stored as a source's last error and shown in the app.
 */
/** The codes, and the failure kind of each, are the API↔worker contract's (packages/jobs HTTP_FAILURE_KINDS). */
export const HTTP_CLIENT_ERROR_CODES: readonly HttpClientErrorCode[] = HTTP_FAILURE_CODES;

export type HttpClientErrorCode = HttpFailureCode;

/**
 * The one message for a destination Tributary refuses (a private, loopback or link-local address) or
 * cannot resolve (no such name): the same words for both, so a member cannot learn from a fetch error
 * which internal host names exist (security issue #15). What really happened is in `detail`, for logs.
 */
export function unreachableDestinationMessage(host: string): string {
  return `${host} could not be reached: it has no public address that Tributary fetches from.`;
}

/**
 * Whether trying the same request again later can succeed without anyone changing anything.
 * The worker uses it to choose between a retry with backoff and a permanent failure.
 */
const RETRYABLE = {
  BAD_URL: false,
  UNSUPPORTED_SCHEME: false,
  BLOCKED_ADDRESS: false,
  DNS_FAILED: true,
  CONNECT_FAILED: true,
  TLS_FAILED: true,
  TIMEOUT: true,
  TOO_MANY_REDIRECTS: false,
  BODY_TOO_LARGE: false,
  BAD_RESPONSE: true,
  ABORTED: true,
} as const satisfies Record<HttpClientErrorCode, boolean>;

export interface HttpClientErrorOptions {
  /** The URL being fetched when the error happened (the hop, after redirects). */
  url?: string;
  /** Technical detail for logs (never shown to users), e.g. the refused IP address. */
  detail?: string;
  cause?: unknown;
}

export class HttpClientError extends Error {
  override readonly name = 'HttpClientError';
  readonly code: HttpClientErrorCode;
  readonly url: string | undefined;
  readonly detail: string | undefined;

  constructor(code: HttpClientErrorCode, message: string, options: HttpClientErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.url = options.url;
    this.detail = options.detail;
  }

  get isRetryable(): boolean {
    return RETRYABLE[this.code];
  }
}

export function isHttpClientError(value: unknown): value is HttpClientError {
  return value instanceof HttpClientError;
}
