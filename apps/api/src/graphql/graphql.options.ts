import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type Request, type Response } from 'express';
import { getOperationAST, GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';
import { type Plugin } from 'graphql-yoga';
import { type ApiConfig } from '../common/config.js';
import { type RateLimitService } from '../modules/rate-limit/rate-limit.service.js';
import { useClientErrorCodes } from './client-error-codes.plugin.js';
import { useDataLoaders } from './dataloader.plugin.js';
import { type GraphQLContextFactory } from './context.factory.js';
import { maskError } from './mask-error.js';
import { useRequestGuards } from './request-guards.plugin.js';
import { type StreamLimiter } from './stream-limiter.service.js';

/** Where Yoga is mounted; bootstrap.ts mounts the HTTP guard at the same path. */
export const GRAPHQL_PATH = '/graphql';

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
    maxDepth: {
      n: config.GRAPHQL_MAX_DEPTH,
      flattenFragments: true,
      ignoreIntrospection: !isProduction,
      exposeLimits: true,
    },
    costLimit: {
      maxCost: config.GRAPHQL_MAX_COST,
      flattenFragments: true,
      ignoreIntrospection: !isProduction,
      exposeLimits: true,
    },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, exposeLimits: true },
    maxTokens: { n: config.GRAPHQL_MAX_TOKENS, exposeLimits: true },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, exposeLimits: true },
    blockFieldSuggestion: { enabled: isProduction },
  }) as Plugin;
  return isProduction ? [armor, useDisableIntrospection()] : [armor];
}

/**
 * Queries and mutations run as code compiled once per document (graphql-jit, cached by document as
 * Yoga's parse cache hands it out): no per-field walk of the selection on every request. Only after the
 * request guards let an operation through is it compiled, so a refused one costs no compilation.
 * Subscriptions keep graphql-js: the request guards wrap their subscribe function (the stream limiter),
 * and a later plugin's setSubscribeFn would replace that wrapper.
 */
function useCompiledExecution(): Plugin {
  return useGraphQlJit(
    {},
    { enableIf: (args) => getOperationAST(args.document, args.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION },
  ) as Plugin;
}

/**
 * Everything cross-cutting about the GraphQL endpoint lives here: error masking, the request
 * context, limits (depth, cost, aliases, tokens, directives), CSRF, origin checks, rate limits and
 * the bound on open streams.
 */
export function createGraphQLOptions(
  config: ApiConfig,
  contextFactory: GraphQLContextFactory,
  rateLimits: RateLimitService,
  streams: StreamLimiter,
): YogaDriverConfig<'express'> {
  const isProduction = config.NODE_ENV === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: GRAPHQL_PATH,
    graphiql: !isProduction,
    landingPage: false,
    batching: false,
    // No CORS at all: no Access-Control-Allow-* header on any answer, preflights included. Browsers only
    // ever reach the API through the web origin (its /graphql route proxies here, server components
    // fetch server-to-server), so no page needs a grant; granting PUBLIC_WEB_URL would only widen what a
    // mistake elsewhere could expose. Without a grant a page of another origin cannot read any answer, and
    // the request guards refuse its mutations and subscriptions outright (web-origin.util.ts).
    cors: false,
    maskedErrors: { maskError },
    plugins: [
      ...createArmorPlugins(config),
      useClientErrorCodes(),
      useCompiledExecution(),
      useRequestGuards({ config, rateLimits, streams }),
      useDataLoaders(),
    ],
    context: ({ req, res }: { req: Request; res: Response }) => contextFactory.create(req, res),
  };
}
