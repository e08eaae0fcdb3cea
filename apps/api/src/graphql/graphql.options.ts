import { type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type ApiConfig } from '../common/config.js';
import { useClientErrorCodes } from './client-error-codes.plugin.js';
import { maskError } from './mask-error.js';

/**
 * Everything cross-cutting about the GraphQL endpoint lives here: error masking now; limits, auth
 * context and dataloaders join as Yoga plugins in this one place.
 */
export function createGraphQLOptions(config: ApiConfig): YogaDriverConfig<'express'> {
  const isProduction = config.NODE_ENV === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: !isProduction,
    landingPage: false,
    batching: false,
    maskedErrors: { maskError },
    plugins: [useClientErrorCodes()],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
