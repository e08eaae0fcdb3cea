import { createPrismaClient, hashGuid, type PrismaClient } from '@tributary/db';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { startApi, type ApiHarness, type GraphQLResponse } from './api-harness.js';
import { signUpUser, type TestUser } from './factories.js';

/**
 * The API on a database of its own. Trending and suggestions rank the whole instance, so their specs
 * must not see rows that other spec files write into the shared test database at the same time.
 */
export interface DiscoveryWorld {
  api: ApiHarness;
  db: PrismaClient;
  database: TestDatabase;
  member(): Promise<TestUser>;
  as<T = Record<string, unknown>>(user: TestUser | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  raw<T = Record<string, unknown>>(user: TestUser | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startDiscoveryWorld(prefix: string): Promise<DiscoveryWorld> {
  const database = await createTestDatabase({ prefix });
  const api = await startApi({ DATABASE_URL: database.url });
  const db = createPrismaClient({ databaseUrl: database.url, poolSize: 4 });
  const raw: DiscoveryWorld['raw'] = (user, query, variables) => api.gql(query, variables, user ? { cookie: user.cookie } : {});
  return {
    api,
    db,
    database,
    member: () => signUpUser(api, db),
    raw,
    async as(user, query, variables) {
      const response = await raw(user, query, variables);
      if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data as never;
    },
    async close() {
      await api.close();
      await db.$disconnect();
      await database.drop();
    },
  };
}

let sequence = 0;

/** A source row (as the worker would store it) with a few entries; answers the source id and entry ids. */
export async function makeSource(db: PrismaClient, title: string, entries: { title: string; summary?: string }[] = []) {
  sequence += 1;
  const key = `https://feeds.example.test/${sequence}-${Math.random().toString(36).slice(2)}.xml`;
  const source = await db.source.create({ data: { kind: 'RSS', key, fetchUrl: key, title, status: 'OK' } });
  const ids: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const row = await db.entry.create({
      data: {
        sourceId: source.id,
        guid: `${key}#${index}`,
        guidHash: hashGuid(`${key}#${index}`),
        title: entry.title,
        summary: entry.summary ?? '',
        sortAt: new Date(Date.now() - index * 60_000),
      },
    });
    ids.push(row.id);
  }
  return { id: source.id, entryIds: ids };
}
