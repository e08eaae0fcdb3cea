// Error codes of the public contract (../shared/API.md): every GraphQL error carries one in extensions.code.
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

/** Codes the client adds for failures that never produced a GraphQL response. */
export type TransportErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'BAD_RESPONSE';

export type GraphQLErrorCode = ApiErrorCode | TransportErrorCode;

export interface GraphQLErrorItem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; [key: string]: unknown };
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** A failed GraphQL request. `code` is the first error's `extensions.code`, or a transport code. */
export class GraphQLRequestError extends Error {
  readonly code: GraphQLErrorCode;
  readonly errors: readonly GraphQLErrorItem[];
  readonly status: number | undefined;
  /** Partial data the server returned alongside errors, if any. */
  readonly data: unknown;

  constructor(
    code: GraphQLErrorCode,
    message: string,
    options: { errors?: readonly GraphQLErrorItem[]; status?: number; data?: unknown; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.errors = options.errors ?? [];
    this.status = options.status;
    this.data = options.data;
  }

  /** Whether any of the errors carries the given code. */
  hasCode(code: GraphQLErrorCode): boolean {
    return this.code === code || this.errors.some((error) => error.extensions?.code === code);
  }
}

export function isGraphQLRequestError(error: unknown): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError;
}

/** HTTP statuses that mean something even when the body is not a GraphQL response. */
export function codeForHttpStatus(status: number): GraphQLErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 429:
      return 'RATE_LIMITED';
    case 502:
    case 503:
    case 504:
      // A gateway (our /graphql pass-through, a load balancer) could not reach the API.
      return 'NETWORK_ERROR';
    default:
      return status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE';
  }
}
