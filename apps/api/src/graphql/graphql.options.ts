import { type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type Request, type Response } from 'express';
import { type ApiConfig } from '../common/config.js';
import { useClientErrorCodes } from './client-error-codes.plugin.js';
import { type GraphQLContextFactory } from './context.factory.js';
import { maskError } from './mask-error.js';

/**
 * Everything cross-cutting about the GraphQL endpoint lives here: error masking, the request
 * context; limits and dataloaders join as Yoga plugins in this one place.
 */
export function createGraphQLOptions(config: ApiConfig, contextFactory: GraphQLContextFactory): YogaDriverConfig<'express'> {
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
    context: ({ req, res }: { req: Request; res: Response }) => contextFactory.create(req, res),
  };
}
