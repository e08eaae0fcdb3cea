import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type Request, type Response } from 'express';
import { GraphQLError, type ValidationRule } from 'graphql';
import { type Plugin } from 'graphql-yoga';
import { type ApiConfig } from '../common/config.js';
import { type RateLimitService } from '../modules/rate-limit/rate-limit.service.js';
import { useClientErrorCodes } from './client-error-codes.plugin.js';
import { useDataLoaders } from './dataloader.plugin.js';
import { type GraphQLContextFactory } from './context.factory.js';
import { maskError } from './mask-error.js';
import { useRequestGuards } from './request-guards.plugin.js';

/**
 * Introspection off (ASVS 4.3.2): a validation rule, so such a query never executes. Written by node
 * name rather than graphql's NoSchemaIntrospectionCustomRule, whose type checks trip over the ESM and
 * CommonJS copies of graphql both being loaded.
 */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('Introspection is disabled.', { nodes: node }));
    }
  },
});

function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}

/**
 * GraphQL Armor limits (ASVS 4.3.1). They are validation rules: a request over any bound is refused
 * before a single resolver runs. Field suggestions ("Did you mean …") are blocked in production.
 */
export function createArmorPlugins(config: ApiConfig): Plugin[] {
  const isProduction = config.NODE_ENV === 'production';
  const armor = EnvelopArmorPlugin({
    // Fragments are counted as the fields they stand for (flattened): depth is how deep the selected
    // fields really nest, whether a client writes them out or spreads fragments.
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, ignoreIntrospection: !isProduction, exposeLimits: true },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, flattenFragments: true, ignoreIntrospection: !isProduction, exposeLimits: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, exposeLimits: true },
    maxTokens: { n: config.GRAPHQL_MAX_TOKENS, exposeLimits: true },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, exposeLimits: true },
    blockFieldSuggestion: { enabled: isProduction },
  }) as Plugin;
  return isProduction ? [armor, useDisableIntrospection()] : [armor];
}

/**
 * Everything cross-cutting about the GraphQL endpoint lives here: error masking, the request
 * context, limits (depth, cost, aliases, tokens, directives), CSRF and general rate limits.
 */
export function createGraphQLOptions(
  config: ApiConfig,
  contextFactory: GraphQLContextFactory,
  rateLimits: RateLimitService,
): YogaDriverConfig<'express'> {
  const isProduction = config.NODE_ENV === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: !isProduction,
    landingPage: false,
    batching: false,
    maskedErrors: { maskError },
    plugins: [...createArmorPlugins(config), useClientErrorCodes(), useRequestGuards(rateLimits), useDataLoaders()],
    context: ({ req, res }: { req: Request; res: Response }) => contextFactory.create(req, res),
  };
}
