import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, isErrorCode, toGraphQLError } from '../common/errors.js';

const logger = new Logger('GraphQL');

/** GraphQLError by shape: a dependency may load its own copy of graphql, which defeats instanceof. */
function isGraphQLErrorLike(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError' && 'extensions' in value;
}

/**
 * An error GraphQL raised about the request itself (syntax, unknown field, a variable of the wrong type):
 * a chain of GraphQLErrors with no other error underneath. A resolver's exception always has one.
 */
function isRequestError(error: GraphQLError): boolean {
  let current: unknown = error;
  while (isGraphQLErrorLike(current)) {
    if (!current.originalError) return true;
    current = current.originalError;
  }
  return false;
}

/**
 * The one place errors become client-visible. AppErrors keep their code and message; errors GraphQL
 * itself raised about the request (syntax, unknown fields, wrong variable types) are the client's and
 * become BAD_USER_INPUT; anything else is logged with context and reaches the client as INTERNAL with a
 * generic message — never a stack trace.
 */
export function maskError(error: unknown): GraphQLError {
  const outer = isGraphQLErrorLike(error) ? error : undefined;
  for (
    let current: unknown = error;
    current;
    current = (current as { originalError?: unknown }).originalError
  ) {
    if (current instanceof AppError) return toGraphQLError(current, outer);
    if (isGraphQLErrorLike(current) && isErrorCode(current.extensions?.code)) return current;
    if (!(current instanceof Error)) break;
  }
  if (outer && isRequestError(outer)) {
    return new GraphQLError(outer.message, {
      nodes: outer.nodes,
      source: outer.source,
      positions: outer.positions,
      path: outer.path,
      // Keep Yoga's HTTP hints (405 for a mutation over GET…); otherwise mark it a request error as Yoga
      // marks validation errors (400, or 200 for application/json clients). Without a hint, Yoga would
      // take an error made by another copy of graphql (ESM vs CommonJS) for an unexpected one: a 500.
      extensions: { code: 'BAD_USER_INPUT', http: outer.extensions?.http ?? { status: 400, spec: true } },
    });
  }
  const cause: unknown = outer?.originalError ?? error;
  logger.error(
    `Unexpected error${outer?.path ? ` at ${outer.path.join('.')}` : ''}: ${String(cause)}`,
    cause instanceof Error ? cause.stack : undefined,
  );
  return new GraphQLError('Something went wrong on our side. Please try again.', {
    path: outer?.path,
    extensions: { code: 'INTERNAL' },
  });
}
