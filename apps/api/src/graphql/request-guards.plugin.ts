import { Logger } from '@nestjs/common';
import { type DocumentNode, getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import { type Plugin } from 'graphql-yoga';
import { toGraphQLError } from '../common/errors.js';
import { type RequestContext } from '../common/request-context.js';
import { rateLimitSubjectForIp } from '../modules/rate-limit/ip-subject.util.js';
import { rateLimitedError, type RateLimitService } from '../modules/rate-limit/rate-limit.service.js';

/** The non-safelisted header every state-changing request must carry (../shared/API.md). */
export const CSRF_HEADER = 'x-tributary-client';

const logger = new Logger('RequestGuards');

function refusal(message: string, status: number): ExecutionResult {
  return {
    errors: [new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status } } })],
  };
}

/**
 * Runs before any resolver of an operation:
 *  - CSRF: mutations (and subscriptions) need the X-Tributary-Client header, which a cross-site form or
 *    a simple request cannot send; over GET only queries run (Yoga refuses mutations over GET as well).
 *  - General traffic limits: every operation counts once, per account when signed in, else per IP
 *    (IPv6 by /64). When Redis is down these fail open (the sensitive limits fail closed).
 */
export function useRequestGuards(rateLimits: RateLimitService): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext;
      const operation = getOperationAST(
        args.document as DocumentNode,
        args.operationName as string | null | undefined,
      );
      const kind = operation?.operation ?? 'query';
      if (kind !== 'query') {
        if (context.req.method !== 'POST') {
          setResultAndStopExecution(refusal('Only queries may be sent with GET; use POST.', 405));
          return;
        }
        if (!context.req.headers[CSRF_HEADER]) {
          setResultAndStopExecution(refusal('Send the X-Tributary-Client header with every mutation.', 403));
          return;
        }
      }
      const [name, subject] = context.viewer
        ? (['authenticated', `user:${context.viewer.id}`] as const)
        : (['anonymous', `ip:${rateLimitSubjectForIp(context.ip)}`] as const);
      try {
        const result = await rateLimits.hit(name, subject);
        if (!result.isAllowed) {
          setResultAndStopExecution({ errors: [toGraphQLError(rateLimitedError(result.retryAfterSeconds))] });
        }
      } catch (error) {
        logger.warn(`General rate limit unavailable: ${(error as Error).message}`);
      }
    },
  };
}
