import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { startApi, type ApiHarness, type GraphQLResponse } from './api-harness.js';
import { signUpUser, type TestUser } from './factories.js';

/** The real API with a Prisma client on the same database: what every API spec starts from. */
export interface ApiWorld {
  api: ApiHarness;
  db: PrismaClient;
  /** Signs a new member up through the real signUp mutation. */
  member(role?: 'USER' | 'ADMIN'): Promise<TestUser>;
  /** Runs a GraphQL operation as `user` and fails the test on errors. */
  as<T = Record<string, unknown>>(
    user: TestUser | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Runs a GraphQL operation as `user` and answers the raw response (to check errors). */
  raw<T = Record<string, unknown>>(
    user: TestUser | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts the API with `overrides` (see startApi) and a Prisma client on the database it uses. */
export async function startApiWorld(overrides: Record<string, string> = {}): Promise<ApiWorld> {
  const api = await startApi(overrides);
  const db = createPrismaClient({ databaseUrl: api.config.DATABASE_URL, poolSize: 4 });
  const raw: ApiWorld['raw'] = (user, query, variables) =>
    api.gql(query, variables, user ? { cookie: user.cookie } : {});
  return {
    api,
    db,
    member: (role = 'USER') => signUpUser(api, db, { role }),
    raw,
    async as(user, query, variables) {
      const response = await raw(user, query, variables);
      if (response.errors?.length || !response.data)
        throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data as never;
    },
    async close() {
      await api.close();
      await db.$disconnect();
    },
  };
}

export interface IsolatedApiWorld extends ApiWorld {
  database: TestDatabase;
}

/**
 * The API on an empty database of its own (named from `prefix`), dropped on close: for specs that must
 * not see the rows other spec files write into the shared test database at the same time.
 */
export async function startIsolatedApiWorld(
  prefix: string,
  overrides: Record<string, string> = {},
): Promise<IsolatedApiWorld> {
  const database = await createTestDatabase({ prefix });
  const world = await startApiWorld({ ...overrides, DATABASE_URL: database.url });
  return {
    ...world,
    database,
    async close() {
      await world.close();
      await database.drop();
    },
  };
}

/**
 * Starts a world before the tests of the enclosing `describe` (or file) and closes it after them. The
 * answer is filled in by that `beforeAll`: read it inside tests and hooks, not while tests are collected.
 * Worlds are plain objects of closures, so copying their properties onto the answer keeps them working.
 */
export function useWorld<W extends { close(): Promise<void> }>(start: () => Promise<W>): W {
  const world = {} as W;
  let started: W | undefined;
  beforeAll(async () => {
    started = await start();
    Object.assign(world, started);
  });
  afterAll(async () => {
    await started?.close();
  });
  return world;
}

/** The `extensions.code` of the first error. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
