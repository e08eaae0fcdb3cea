import { Logger } from '@nestjs/common';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type OperationDefinitionNode,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { type ApiConfig } from '../common/config.js';
import { AppError, toGraphQLError } from '../common/errors.js';
import { type RequestContext } from '../common/request-context.js';
import { rateLimitSubjectForIp } from '../modules/rate-limit/ip-subject.util.js';
import { rateLimitedError, type RateLimitService } from '../modules/rate-limit/rate-limit.service.js';
import { fieldLimitOf, type FieldLimit } from './field-limits.js';
import { createOperationCostMemo } from './operation-cost.js';
import { releaseOnEnd } from './release-on-end.util.js';
import { countRootFields } from './root-fields.util.js';
import { type StreamLimiter } from './stream-limiter.service.js';
import { foreignOriginReason } from './web-origin.util.js';

/** The non-safelisted header every state-changing request must carry (../shared/API.md). */
export const CSRF_HEADER = 'x-tributary-client';

const logger = new Logger('RequestGuards');

function refusal(message: string, status: number): ExecutionResult {
  return {
    errors: [new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status } } })],
  };
}

function failure(error: AppError): ExecutionResult {
  return { errors: [toGraphQLError(error)] };
}

export interface RequestGuardDeps {
  config: ApiConfig;
  rateLimits: RateLimitService;
  streams: StreamLimiter;
}

interface Operation {
  context: RequestContext;
  document: DocumentNode;
  definition: OperationDefinitionNode | null;
  kind: 'query' | 'mutation' | 'subscription';
}

function operationOf(args: ExecutionArgs): Operation {
  const document = args.document;
  const definition = getOperationAST(document, args.operationName) ?? null;
  return {
    context: args.contextValue as RequestContext,
    document,
    definition,
    kind: definition?.operation ?? 'query',
  };
}

/**
 * Runs before any resolver of every operation — queries and mutations (onExecute) and subscriptions
 * (onSubscribe, which Yoga calls instead of onExecute):
 *  - CSRF: mutations and subscriptions need POST, the X-Tributary-Client header (which a cross-site form
 *    or simple request cannot send), and no foreign Origin / `Sec-Fetch-Site: cross-site` (web-origin.util).
 *  - Cost with the variables known (operation-cost.ts), at most GRAPHQL_MAX_COMPLEXITY.
 *  - General traffic limits: every operation counts once, per account when signed in, else per IP (IPv6
 *    by /64); then every root mutation field and expensive field counts against its own limit, once per
 *    time it is selected (field-limits.ts). When Redis is down these fail open (the sensitive limits of
 *    sign-in and sign-up fail closed).
 *  - Subscriptions: at most GRAPHQL_MAX_STREAMS_PER_SESSION open streams per session (stream-limiter).
 */
export function useRequestGuards(deps: RequestGuardDeps): Plugin {
  const { config, rateLimits, streams } = deps;
  // Worked out once per document and page-size variables (operation-cost.ts), not on every request.
  const operationCost = createOperationCostMemo();

  const checkRequest = (operation: Operation): ExecutionResult | null => {
    if (operation.kind === 'query') return null;
    const { req } = operation.context;
    if (req.method !== 'POST') return refusal('Only queries may be sent with GET; use POST.', 405);
    if (!req.headers[CSRF_HEADER]) {
      return refusal('Send the X-Tributary-Client header with every mutation and subscription.', 403);
    }
    const foreign = foreignOriginReason(req.headers, config.PUBLIC_WEB_URL);
    return foreign ? refusal(foreign, 403) : null;
  };

  const checkCost = (args: ExecutionArgs): ExecutionResult | null => {
    const cost = operationCost({
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
    });
    if (cost === null || cost <= config.GRAPHQL_MAX_COMPLEXITY) return null;
    return failure(
      new AppError(
        'BAD_USER_INPUT',
        `This operation costs ${cost}, more than the limit of ${config.GRAPHQL_MAX_COMPLEXITY} (each page's selection counts once per item asked with first). Ask for smaller pages.`,
        { cost, maxCost: config.GRAPHQL_MAX_COMPLEXITY },
      ),
    );
  };

  const subjectOf = ({ viewer, ip }: RequestContext): string =>
    viewer ? `user:${viewer.id}` : `ip:${rateLimitSubjectForIp(ip)}`;

  const checkRateLimits = async (operation: Operation): Promise<ExecutionResult | null> => {
    const subject = subjectOf(operation.context);
    try {
      const general = await rateLimits.hit(operation.context.viewer ? 'authenticated' : 'anonymous', subject);
      if (!general.isAllowed) return failure(rateLimitedError(general.retryAfterSeconds));
      if (!operation.definition) return null;
      const rules: Record<FieldLimit, ApiConfig['RATE_LIMIT_FIELD']> = {
        field: config.RATE_LIMIT_FIELD,
        expensiveField: config.RATE_LIMIT_EXPENSIVE_FIELD,
      };
      for (const [field, times] of countRootFields(operation.document, operation.definition)) {
        const limit = fieldLimitOf(operation.kind, field);
        if (!limit) continue;
        for (let hit = 0; hit < times; hit += 1) {
          const result = await rateLimits.hitRule(`field:${field}`, subject, rules[limit]);
          if (!result.isAllowed) return failure(rateLimitedError(result.retryAfterSeconds));
        }
      }
    } catch (error) {
      logger.warn(`General rate limit unavailable: ${(error as Error).message}`);
    }
    return null;
  };

  const guard = async (args: ExecutionArgs): Promise<ExecutionResult | null> => {
    const operation = operationOf(args);
    return checkRequest(operation) ?? checkCost(args) ?? (await checkRateLimits(operation));
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const refused = await guard(args);
      if (refused) setResultAndStopExecution(refused);
    },

    async onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const refused = await guard(args);
      if (refused) {
        setResultAndStopExecution(refused);
        return;
      }
      const sessionId = operationOf(args).context.viewer?.sessionId;
      // Signed-out subscribers are refused by the resolvers themselves (@Member): no stream to count.
      if (!sessionId) return;
      let slot;
      try {
        slot = await streams.acquire(sessionId);
      } catch (error) {
        logger.warn(`Stream limit unavailable: ${(error as Error).message}`);
        return;
      }
      if (!slot) {
        setResultAndStopExecution(
          failure(
            new AppError(
              'RATE_LIMITED',
              `At most ${streams.maxPerSession} live streams may be open at once per session. Close one first.`,
              { retryAfterSeconds: 5 },
            ),
          ),
        );
        return;
      }
      const release = (): void => slot.release();
      setSubscribeFn(async (subscribeArgs) => {
        try {
          const result = (await subscribeFn(subscribeArgs)) as
            AsyncIterable<ExecutionResult> | ExecutionResult;
          if (isAsyncIterable(result)) return releaseOnEnd(result, release);
          release();
          return result;
        } catch (error) {
          release();
          throw error;
        }
      });
    },
  };
}
