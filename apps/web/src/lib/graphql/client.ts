// The one place that speaks GraphQL over HTTP. Isomorphic: server components use it through
// ./server.ts (direct to the API, forwarding the visitor's cookies), client components through
// ./browser.ts (same-origin /graphql, which the proxy forwards to the API).
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  codeForHttpStatus,
  GraphQLRequestError,
  isApiErrorCode,
  type GraphQLErrorCode,
  type GraphQLErrorItem,
} from './errors';

/** The API's CSRF defence: it rejects non-query requests without this header. */
export const CLIENT_HEADER = 'X-Tributary-Client';
export const CLIENT_NAME = 'web';

/** A document produced by codegen (`graphql(...)` from '@/gql'): its string form is the query text. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** Operations without variables may omit them; all others must pass them. */
export type VariablesOption<TVariables> =
  TVariables extends Record<string, never> ? { variables?: TVariables } : { variables: TVariables };

export interface TransportOptions {
  /** Absolute URL on the server, or a same-origin path in the browser. */
  endpoint: string;
  /** Extra headers (e.g. a forwarded cookie); the client's own headers always win. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  credentials?: RequestCredentials;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export type ExecuteOptions<TVariables> = TransportOptions & VariablesOption<TVariables>;

interface GraphQLResponseBody {
  data?: unknown;
  errors?: unknown;
}

function readOperationName(query: string): string | undefined {
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1];
}

function toErrorItems(errors: unknown): GraphQLErrorItem[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((error: unknown): GraphQLErrorItem => {
    if (typeof error === 'object' && error !== null && 'message' in error) {
      return error as GraphQLErrorItem;
    }
    return { message: String(error) };
  });
}

/** The first error's contract code; otherwise what the HTTP status says, else INTERNAL. */
function codeOf(errors: readonly GraphQLErrorItem[], status: number): GraphQLErrorCode {
  const code = errors[0]?.extensions?.code;
  if (isApiErrorCode(code)) return code;
  return codeForHttpStatus(status) === 'NETWORK_ERROR' ? 'NETWORK_ERROR' : 'INTERNAL';
}

/**
 * Sends one operation and returns its data, or throws a GraphQLRequestError whose `code` is the
 * API's `extensions.code` (or NETWORK_ERROR / TIMEOUT / BAD_RESPONSE when no GraphQL answer came back).
 */
export async function executeGraphQL<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  options: ExecuteOptions<TVariables>,
): Promise<TResult> {
  const query = document.toString();
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const body = JSON.stringify({
    query,
    operationName: readOperationName(query),
    variables: options.variables ?? {},
  });

  // Headers are case-insensitive: set() replaces a caller's 'content-type' as well as 'Content-Type'.
  const headers = new Headers(options.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/graphql-response+json, application/json');
  headers.set(CLIENT_HEADER, CLIENT_NAME);

  let response: Response;
  try {
    response = await fetchImpl(options.endpoint, {
      method: 'POST',
      headers,
      body,
      signal: options.signal ?? null,
      credentials: options.credentials ?? 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    const isTimeout = error instanceof DOMException && error.name === 'TimeoutError';
    throw new GraphQLRequestError(
      isTimeout ? 'TIMEOUT' : 'NETWORK_ERROR',
      isTimeout ? 'The Tributary API did not answer in time.' : 'The Tributary API could not be reached.',
      { cause: error },
    );
  }

  let parsed: GraphQLResponseBody | undefined;
  try {
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (typeof json === 'object' && json !== null) parsed = json;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new GraphQLRequestError('TIMEOUT', 'The Tributary API did not answer in time.', { cause: error });
    }
    parsed = undefined;
  }

  const errors = toErrorItems(parsed?.errors);
  if (errors.length > 0) {
    throw new GraphQLRequestError(codeOf(errors, response.status), errors[0]?.message ?? 'Request failed.', {
      errors,
      status: response.status,
      data: parsed?.data ?? undefined,
    });
  }
  if (!response.ok) {
    throw new GraphQLRequestError(
      codeForHttpStatus(response.status),
      `The Tributary API answered HTTP ${response.status}.`,
      { status: response.status },
    );
  }
  if (parsed?.data === undefined || parsed.data === null) {
    throw new GraphQLRequestError('BAD_RESPONSE', 'The Tributary API sent a response without data.', {
      status: response.status,
    });
  }
  return parsed.data as TResult;
}
