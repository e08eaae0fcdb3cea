import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type INestApplicationContext } from '@nestjs/common';
import { loadWorkerConfig, type WorkerConfig } from '@tributary/config';
import { type PrismaClient } from '@tributary/db';
import { inject } from 'vitest';
import { startApi, type ApiHarness, type GraphQLResponse } from './api-harness.js';
import { signUpUser, testDb, type TestUser } from './factories.js';
import { Origin } from './feed-origin.js';

export { Origin, rssFeed } from './feed-origin.js';

/** The worker is another app: loaded from its source at run time, so the API's build never includes it. */
const WORKER_BOOTSTRAP = fileURLToPath(new URL('../../../worker/src/bootstrap.ts', import.meta.url));

async function createWorkerApp(config: WorkerConfig): Promise<INestApplicationContext> {
  const module = (await import(/* @vite-ignore */ WORKER_BOOTSTRAP)) as {
    createWorkerApp(config: WorkerConfig): Promise<INestApplicationContext>;
  };
  return module.createWorkerApp(config);
}

/** Limits high enough that a test's own traffic never trips them (rate limits have their own spec). */
export const GENEROUS_LIMITS = {
  RATE_LIMIT_SIGNUP_IP: '10000/60',
  RATE_LIMIT_INVITE_IP: '10000/60',
  RATE_LIMIT_ANONYMOUS: '100000/60',
  RATE_LIMIT_AUTHENTICATED: '100000/60',
  RATE_LIMIT_LOGIN_IP: '10000/60',
};

export interface SocialWorld {
  api: ApiHarness;
  worker: INestApplicationContext;
  origin: Origin;
  db: PrismaClient;
  /** Signs a new member up through the real signUp mutation. */
  member(role?: 'USER' | 'ADMIN'): Promise<TestUser>;
  /** Runs a GraphQL operation as `user` and fails the test on errors. */
  as<T = Record<string, unknown>>(user: TestUser | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs a GraphQL operation as `user` and answers the raw response (to check errors). */
  raw<T = Record<string, unknown>>(user: TestUser | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API and the real worker (its BullMQ processors) on this run's database, one queue prefix
 * shared by both, and a local origin serving feeds that the worker may reach.
 */
export async function startSocialWorld(overrides: Record<string, string> = {}): Promise<SocialWorld> {
  const origin = await new Origin().start();
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const api = await startApi({ QUEUE_PREFIX: prefix, ...GENEROUS_LIMITS, ...overrides });
  const worker = await createWorkerApp(
    loadWorkerConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: process.env.REDIS_URL,
      QUEUE_PREFIX: prefix,
      FETCH_ALLOW_PRIVATE_HOSTS: origin.host,
      SCHEDULER_TICK_MS: '3600000',
    }),
  );
  await worker.init();
  const db = testDb();
  const raw: SocialWorld['raw'] = (user, query, variables) => api.gql(query, variables, user ? { cookie: user.cookie } : {});
  return {
    api,
    worker,
    origin,
    db,
    member: (role = 'USER') => signUpUser(api, db, { role }),
    raw,
    async as(user, query, variables) {
      const response = await raw(user, query, variables);
      if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data as never;
    },
    async close() {
      await worker.close();
      await api.close();
      await origin.close();
      await db.$disconnect();
    },
  };
}

/** The `extensions.code` of the first error. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
