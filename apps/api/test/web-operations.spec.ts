// Every GraphQL operation the web app sends passes the API's validation and request limits (depth,
// cost, aliases, tokens, directives): a page whose query the API refuses would only show it at run time
// (a 404 or a 500). Each operation is sent as the web app sends it, without variables, by a member of
// its own: operations with required variables stop after validation; the others run on that member's
// own account only. Live subscriptions are left out (they open a stream).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-harness.js';
import { signUpUser, testDb } from './support/factories.js';

/** What GraphQL validation and GraphQL Armor say when they refuse a request. */
const REFUSED =
  /limit of|Cannot query field|Unknown (argument|type|fragment|directive)|cannot be spread|Syntax Error|must have a selection/;

/** The web app's generated operations: another app, loaded at run time (the API's build never includes it). */
const WEB_OPERATIONS = fileURLToPath(new URL('../../web/src/gql/graphql.ts', import.meta.url));

async function webDocuments(): Promise<(readonly [string, string])[]> {
  const operations = (await import(/* @vite-ignore */ WEB_OPERATIONS)) as Record<string, unknown>;
  return Object.entries(operations)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
    .map(([name, value]) => [name, String(value)] as const)
    .filter(([, query]) => !query.trimStart().startsWith('subscription'));
}

describe('the web app’s GraphQL operations', () => {
  let api: ApiHarness;
  let cookie: string;

  beforeAll(async () => {
    api = await startApi();
    const db = testDb();
    cookie = (await signUpUser(api, db)).cookie;
    await db.$disconnect();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function refusalsOf(query: string): Promise<string[]> {
    const response = await api.gql(query, {}, { cookie });
    return (response.errors ?? []).map((error) => error.message).filter((message) => REFUSED.test(message));
  }

  it('are refused as the API refuses requests (a query over the depth limit is)', async () => {
    const deep = `query Deep { me { ${'invitedBy { '.repeat(9)}id${' }'.repeat(9)} } }`;
    expect(await refusalsOf(deep)).toEqual([expect.stringMatching(/depth limit/)]);
    expect(await refusalsOf('query Missing($id: ID!) { source(id: $id) { id } }')).toEqual([]);
  });

  it('all pass the API’s validation and limits', async () => {
    const documents = await webDocuments();
    expect(documents.length).toBeGreaterThan(50);
    const refused: Record<string, string[]> = {};
    for (const [name, query] of documents) {
      const refusals = await refusalsOf(query);
      if (refusals.length > 0) refused[name] = refusals;
    }
    expect(refused).toEqual({});
  });
});
