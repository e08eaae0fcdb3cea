import { API_ERROR_CODES, type ApiErrorCode } from '@tributary/jobs';
import { GraphQLError } from 'graphql';

/** Every `extensions.code` the API answers with (../shared/API.md): the contract's one list. */
export const ERROR_CODES = API_ERROR_CODES;
export type ErrorCode = ApiErrorCode;

/**
 * The base of every module's error type. Services throw these; they never throw HTTP exceptions.
 * `details` is safe to show to the client (e.g. the offending field, a retry time).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The HTTP status a code answers with when it is the only error of a request. */
const HTTP_STATUS = {
  UNAUTHENTICATED: 200,
  FORBIDDEN: 200,
  BAD_USER_INPUT: 200,
  NOT_FOUND: 200,
  CONFLICT: 200,
  RATE_LIMITED: 429,
  INVITE_INVALID: 200,
  SOURCE_UNSUPPORTED: 200,
  SOURCE_UNREACHABLE: 200,
  INTERNAL: 200,
} as const satisfies Record<ErrorCode, number>;

export function toGraphQLError(error: AppError, original?: GraphQLError): GraphQLError {
  const retryAfter = error.details.retryAfterSeconds;
  const http = {
    status: HTTP_STATUS[error.code],
    ...(typeof retryAfter === 'number' && { headers: { 'Retry-After': String(retryAfter) } }),
  };
  return new GraphQLError(error.message, {
    nodes: original?.nodes,
    source: original?.source,
    positions: original?.positions,
    path: original?.path,
    extensions: { ...error.details, code: error.code, http },
  });
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
