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
  /** The API answered the health query. */
  | { kind: 'answered'; health: HealthQuery['health']; checkedAt: Date }
  /** No answer: nothing listening, or it took too long. */
  | { kind: 'unreachable'; code: 'NETWORK_ERROR' | 'TIMEOUT'; message: string; checkedAt: Date }
  /** The API answered, but with an error instead of its health. */
  | { kind: 'failed'; code: GraphQLErrorCode; message: string; checkedAt: Date };

/** Asks the API for its health; never throws, so the page renders whatever state the API is in. */
export async function fetchHealthReport(): Promise<HealthReport> {
  const checkedAt = new Date();
  try {
    const data = await queryServer(healthQuery, { timeoutMs: 3_000 });
    return { kind: 'answered', health: data.health, checkedAt };
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      if (error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') {
        return { kind: 'unreachable', code: error.code, message: error.message, checkedAt };
      }
      console.warn(`health query failed: ${error.code} ${error.message}`);
      return { kind: 'failed', code: error.code, message: error.message, checkedAt };
    }
    console.error('health query failed unexpectedly', error);
    return { kind: 'failed', code: 'INTERNAL', message: 'Unexpected error.', checkedAt };
  }
}
