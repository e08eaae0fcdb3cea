import 'server-only';
import { graphql } from '@/gql';
import type { HealthQuery } from '@/gql/graphql';
import { GraphQLRequestError, type GraphQLErrorCode } from './graphql/errors';
import { queryServer } from './graphql/server';

export const healthQuery = graphql(`
  query Health {
    health {
      ok
      database
      redis
      version
    }
  }
`);

export type HealthReport =
  | { isReachable: true; health: HealthQuery['health']; checkedAt: Date }
  | { isReachable: false; code: GraphQLErrorCode; message: string; checkedAt: Date };

/** Asks the API for its health; never throws, so the page renders whatever state the API is in. */
export async function fetchHealthReport(): Promise<HealthReport> {
  try {
    const data = await queryServer(healthQuery, { timeoutMs: 3_000 });
    return { isReachable: true, health: data.health, checkedAt: new Date() };
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      return { isReachable: false, code: error.code, message: error.message, checkedAt: new Date() };
    }
    console.error('health check failed unexpectedly', error);
    return { isReachable: false, code: 'INTERNAL', message: 'Unexpected error.', checkedAt: new Date() };
  }
}
