/**
 * Typed errors every bridge throws. The worker maps `kind` to retry/stop, and to a public error code
 * with packages/jobs' `resolveErrorCodeFor` (the one table of the API↔worker contract).
 */
import { type FailureKind, resolveErrorCodeFor, type ResolveErrorCode } from '@tributary/jobs';

export type BridgeErrorKind = FailureKind;

export interface BridgeErrorOptions {
  /** Short machine-readable detail, e.g. `not-a-feed`, `private-channel`, `x-not-configured`. */
  reason?: string;
  /** HTTP status that caused the error, when there was one. */
  status?: number;
  url?: string;
  cause?: unknown;
}

export abstract class BridgeError extends Error {
  abstract readonly kind: BridgeErrorKind;
  readonly reason: string | undefined;
  readonly status: number | undefined;
  readonly url: string | undefined;

  constructor(message: string, options: BridgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.reason = options.reason;
    this.status = options.status;
    this.url = options.url;
  }

  /** Whether the same request may succeed later without any change on our side. */
  get isRetryable(): boolean {
    return this.kind === 'transient';
  }
}

/** Try again later (5xx, 429, timeouts, connection resets). `retryAfter` is when, if known. */
export class TransientError extends BridgeError {
  readonly kind = 'transient' as const;
  readonly retryAfter: Date | undefined;
  constructor(message: string, options: BridgeErrorOptions & { retryAfter?: Date } = {}) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}

/** Stop retrying: the source answered in a way that will not change by itself (401, 403, 410...). */
export class PermanentError extends BridgeError {
  readonly kind = 'permanent' as const;
}

/** The response arrived but its content is not what we can read (broken XML, truncated JSON, not a feed). */
export class ParseError extends BridgeError {
  readonly kind = 'parse' as const;
}

/** We cannot handle this input (unknown URL form, X without configuration, private channel). */
export class UnsupportedError extends BridgeError {
  readonly kind = 'unsupported' as const;
}

/** The source does not exist (404, unknown user/channel). */
export class NotFoundError extends BridgeError {
  readonly kind = 'not-found' as const;
}

/** The host could not be reached at all (DNS failure, refused connection, blocked by the SSRF guard). */
export class UnreachableError extends BridgeError {
  readonly kind = 'unreachable' as const;
}

export type AnyBridgeError =
  | TransientError
  | PermanentError
  | ParseError
  | UnsupportedError
  | NotFoundError
  | UnreachableError;

const ERROR_OF_KIND = {
  transient: TransientError,
  permanent: PermanentError,
  parse: ParseError,
  unsupported: UnsupportedError,
  'not-found': NotFoundError,
  unreachable: UnreachableError,
} as const satisfies Record<BridgeErrorKind, new (message: string, options?: BridgeErrorOptions) => BridgeError>;

/** The typed error of a failure kind (packages/jobs classifies HTTP client failures and statuses by kind). */
export function bridgeErrorFor(
  kind: BridgeErrorKind,
  message: string,
  options: BridgeErrorOptions & { retryAfter?: Date | undefined } = {},
): AnyBridgeError {
  const { retryAfter, ...rest } = options;
  if (kind === 'transient') return new TransientError(message, { ...rest, ...(retryAfter && { retryAfter }) });
  return new ERROR_OF_KIND[kind](message, rest);
}

/** The public error code of a bridge error (packages/jobs' one table: a 429 is SOURCE_UNREACHABLE). */
export function apiCodeFor(error: BridgeError): ResolveErrorCode {
  return resolveErrorCodeFor(error.kind);
}

export function isBridgeError(value: unknown): value is AnyBridgeError {
  return value instanceof BridgeError;
}
