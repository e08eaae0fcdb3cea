import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-harness.js';
import { LOG_IN } from './support/factories.js';

/** `user(handle) { invitedBy { invitedBy { … { id } } } }` with `depth` levels of selection. */
function nestedQuery(depth: number): string {
  let selection = 'id';
  for (let level = 1; level < depth - 1; level += 1) selection = `invitedBy { ${selection} }`;
  return `{ user(handle: "nobody_here") { ${selection} } }`;
}

/** The same fields as nestedQuery(depth), each `invitedBy` level in a fragment of its own. */
function nestedFragmentQuery(depth: number): string {
  const levels = depth - 2;
  const fragments = Array.from({ length: levels }, (_, level) =>
    level === levels - 1 ? `fragment F${level} on User { invitedBy { id } }` : `fragment F${level} on User { invitedBy { ...F${level + 1} } }`,
  );
  return `{ user(handle: "nobody_here") { ...F0 } } ${fragments.join(' ')}`;
}

function aliasQuery(count: number): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: health { ok }`).join(' ')} }`;
}

async function rawPost(api: ApiHarness, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(api.url, { method: 'POST', headers, body });
}

describe('GraphQL limits', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '15',
      // Far below the default 2000: graphql-js's own overlapping-fields guard aborts long repetitive
      // documents before the token bound could be probed at 2000.
      GRAPHQL_MAX_TOKENS: '400',
      GRAPHQL_MAX_DIRECTIVES: '10',
      GRAPHQL_MAX_COST: '100000',
      GRAPHQL_MAX_BODY_BYTES: '1048576',
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const refusedCode = async (query: string) => {
    const response = await api.gql(query);
    expect(response.data ?? null, 'nothing executed').toBeNull();
    return response.errors?.[0]?.extensions?.code;
  };

  it('depth: 8 passes, 9 is refused', async () => {
    expect((await api.gql(nestedQuery(8))).errors).toBeUndefined();
    expect(await refusedCode(nestedQuery(9))).toBe('BAD_USER_INPUT');
  });

  it('depth counts the fields fragments stand for: 8 through fragments passes, 9 is refused', async () => {
    expect((await api.gql(nestedFragmentQuery(8))).errors).toBeUndefined();
    expect(await refusedCode(nestedFragmentQuery(9))).toBe('BAD_USER_INPUT');
  });

  it('aliases: 15 pass, 16 are refused', async () => {
    expect((await api.gql(aliasQuery(15))).errors).toBeUndefined();
    expect(await refusedCode(aliasQuery(16))).toBe('BAD_USER_INPUT');
  });

  it('directives: 10 pass, 11 are refused', async () => {
    const directives = (count: number) => `{ health { ${'ok @include(if: true) '.repeat(count)} } }`;
    expect((await api.gql(directives(10))).errors).toBeUndefined();
    expect(await refusedCode(directives(11))).toBe('BAD_USER_INPUT');
  });

  it('tokens: 400 pass, 401 are refused', async () => {
    // `{` and `}` are 2 tokens (<EOF> is not counted); each `health { ok }` adds 4, each extra `ok` one.
    const tokens = (count: number) => {
      const groups = Math.floor((count - 2) / 4);
      const extra = count - 2 - groups * 4;
      return `{ health { ok ${'ok '.repeat(extra)}} ${'health { ok } '.repeat(groups - 1)}}`;
    };
    expect((await api.gql(tokens(400))).errors).toBeUndefined();
    expect(await refusedCode(tokens(401))).toBe('BAD_USER_INPUT');
  });

  it('cost: at the bound passes, just over is refused', async () => {
    const costly = await startApi({ GRAPHQL_MAX_COST: '200' });
    try {
      // Cost grows with every field; find where the bound falls and check both sides of it.
      let passing = 0;
      for (let count = 1; count <= 15; count += 1) {
        const fields = Array.from(
          { length: count },
          (_, i) => `a${i}: user(handle: "x") { id handle displayName bio invitedBy { id handle } }`,
        );
        const response = await costly.gql(`{ ${fields.join(' ')} }`);
        if (response.errors) {
          expect(response.errors[0]?.message).toMatch(/cost/i);
          expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(response.data ?? null).toBeNull();
          break;
        }
        passing = count;
      }
      expect(passing).toBeGreaterThan(0);
      expect(passing).toBeLessThan(15);
    } finally {
      await costly.close();
    }
  });

  it('a deep or alias-bomb query is refused fast, before anything executes', async () => {
    // Execution starts with the general rate-limit count (a Redis INCR): a refused document never reaches it.
    const redis = new Redis(api.config.REDIS_URL);
    const key = `${api.config.QUEUE_PREFIX}:rl:anonymous:ip:127.0.0.1`;
    const executions = async () => Number((await redis.get(key)) ?? 0);
    try {
      await api.gql('{ health { ok } }');
      const before = await executions();
      expect(before).toBeGreaterThan(0);
      const bombs = [
        nestedQuery(500),
        aliasQuery(1_000),
        `{ ${'health { ok } '.repeat(3_000)} }`,
        nestedQuery(9),
      ];
      for (const bomb of bombs) {
        const started = performance.now();
        const response = await api.gql(bomb);
        expect(performance.now() - started).toBeLessThan(250);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await executions()).toBe(before);
    } finally {
      redis.disconnect();
    }
  });

  it('batching is off', async () => {
    const response = await rawPost(
      api,
      JSON.stringify([{ query: '{ health { ok } }' }, { query: '{ health { ok } }' }]),
      {
        'content-type': 'application/json',
      },
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a body over the cap gets 413 BAD_USER_INPUT, never a 500', async () => {
    const big = JSON.stringify({ query: '{ health { ok } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const response = await rawPost(api, big, {
      'content-type': 'application/json',
      'x-tributary-client': 't',
    });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('BAD_USER_INPUT');
    // Chunked (no Content-Length) is capped too.
    const chunks = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 20; index += 1)
          controller.enqueue(new TextEncoder().encode('x'.repeat(100_000)));
        controller.close();
      },
    });
    const streamed = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const malformed = await rawPost(api, '{"query": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
  });
});

describe('CSRF', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  const login = JSON.stringify({
    query: LOG_IN,
    variables: { input: { login: 'someone', password: 'password 123' } },
  });

  it.each(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', ''])(
    'refuses a POST sent as %s',
    async (contentType) => {
      const response = await rawPost(
        api,
        login,
        contentType ? { 'content-type': contentType, 'x-tributary-client': 'x' } : {},
      );
      expect(response.status).toBe(415);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
          .code,
      ).toBe('BAD_USER_INPUT');
    },
  );

  it('refuses a mutation without the X-Tributary-Client header, login and signup included', async () => {
    const response = await rawPost(api, login, { 'content-type': 'application/json' });
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect(body.data ?? null).toBeNull();
    const signUp = await rawPost(api, JSON.stringify({ query: 'mutation { logOut }' }), {
      'content-type': 'application/json',
    });
    expect(
      ((await signUp.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('lets queries through without the header', async () => {
    const response = await rawPost(api, JSON.stringify({ query: '{ health { ok } }' }), {
      'content-type': 'application/json',
    });
    expect(((await response.json()) as { data: unknown }).data).toMatchObject({ health: { ok: true } });
  });

  it('never runs a mutation over GET, even with the header', async () => {
    const url = `${api.url}?query=${encodeURIComponent('mutation { logOut }')}`;
    const response = await fetch(url, { headers: { 'x-tributary-client': 'x', accept: 'application/json' } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const query = await fetch(`${api.url}?query=${encodeURIComponent('{ health { ok } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(((await query.json()) as { data: unknown }).data).toMatchObject({ health: { ok: true } });
  });
});

describe('production mode', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production', ARGON2_MEMORY_KIB: '19456', ARGON2_TIME_COST: '2' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('turns introspection off', async () => {
    const response = await api.gql('{ __schema { types { name } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql('{ __type(name: "User") { name } }')).data ?? null).toBeNull();
  });

  it('gives no field suggestions and no stack traces', async () => {
    const response = await api.gql('{ healt { ok } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/did you mean/i);
    expect(JSON.stringify(response)).not.toMatch(/\.ts:\d+|\.js:\d+|stack/);
  });

  it('refuses to start with argon2id parameters below ASVS', async () => {
    await expect(
      startApi({ NODE_ENV: 'production', ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' }),
    ).rejects.toThrow(/ASVS/);
  });
});
