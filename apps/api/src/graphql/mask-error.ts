import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, isErrorCode, toGraphQLError } from '../common/errors.js';

const logger = new Logger('GraphQL');

/** GraphQLError by shape: a dependency may load its own copy of graphql, which defeats instanceof. */
function isGraphQLErrorLike(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError' && 'extensions' in value;
}

/**
 * The one place errors become client-visible. AppErrors keep their code and message; errors GraphQL
 * itself raised about the request (syntax, unknown fields, wrong variable types) are the client's and
 * become BAD_USER_INPUT; anything else is logged with context and reaches the client as INTERNAL with a
 * generic message — never a stack trace.
 */
export function maskError(error: unknown): GraphQLError {
  const outer = isGraphQLErrorLike(error) ? error : undefined;
  for (let current: unknown = error; current; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof AppError) return toGraphQLError(current, outer);
    if (isGraphQLErrorLike(current) && isErrorCode(current.extensions.code)) return current;
    if (!(current instanceof Error)) break;
  }
  if (outer && !outer.originalError) {
    return new GraphQLError(outer.message, {
      nodes: outer.nodes,
      source: outer.source,
      positions: outer.positions,
      path: outer.path,
      // Keep Yoga's HTTP hints (405 for a mutation over GET, 413…): the status stays a 4xx.
      extensions: { code: 'BAD_USER_INPUT', ...(outer.extensions.http ? { http: outer.extensions.http } : {}) },
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
