// The API's HTTP/GraphQL edge against an attacker (issue 15): CORS and origins, cost through variables,
// every spelling of the GraphQL path, subscriptions under the same guards, per-field limits and the
// security headers of every answer. All through HTTP against the real API, Redis and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness, type GraphQLResponse } from './support/api-harness.js';
import { errorCode, startApiWorld, useWorld } from './support/api-world.js';
import { signUpUser, testDb, type TestUser } from './support/factories.js';
import { postSubscription } from './support/sse-stream.js';

const WEB = 'https://web.tributary.test';
const UPDATE_BIO = 'mutation($bio: String!) { updateProfile(input: { bio: $bio }) { bio } }';

async function post(url: string, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', headers, body });
}

async function json(response: Response): Promise<GraphQLResponse> {
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

/** The first SSE event's data, or null when none arrives within `ms` (the stream is open and quiet). */
async function firstEvent(response: Response, ms = 400): Promise<GraphQLResponse | null> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const deadline = Date.now() + ms;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      reader.releaseLock();
      return null;
    }
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), remaining)),
    ]);
    if (chunk === null) {
      reader.releaseLock();
      return null;
    }
    if (chunk.done) return null;
    buffer += chunk.value;
    const data = buffer
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trim())
      .find((line) => line.startsWith('{'));
    if (data) {
      await reader.cancel();
      return { status: response.status, headers: response.headers, ...(JSON.parse(data) as object) };
    }
  }
}

interface Stream {
  response: Response;
  close(): void;
}

/** Every stream a test opened, closed after the tests even when one fails (an open stream would hold app.close()). */
const openStreams: Stream[] = [];

afterAll(() => {
  for (const stream of openStreams) stream.close();
});

/** A refused subscription: its answer is one SSE event when the client asked for SSE, else plain JSON. */
async function answerOf(response: Response): Promise<GraphQLResponse | null> {
  return (response.headers.get('content-type') ?? '').includes('text/event-stream')
    ? firstEvent(response, 2_000)
    : json(response);
}

async function openStream(
  url: string,
  user: TestUser,
  headers: Record<string, string> = {},
): Promise<Stream> {
  const controller = new AbortController();
  const response = await postSubscription(url, user.cookie, 'subscription { notificationAdded { type } }', {
    headers,
    signal: controller.signal,
  });
  const stream = { response, close: () => controller.abort() };
  openStreams.push(stream);
  return stream;
}

describe('CORS and origins (item 1)', () => {
  const world = useWorld(() => startApiWorld({ PUBLIC_WEB_URL: WEB }));
  let victim: TestUser;

  beforeAll(async () => {
    victim = await world.member();
  });

  it('grants no CORS to anyone: preflights and answers carry no Access-Control-Allow-* header', async () => {
    for (const origin of ['http://127.0.0.1:4444', 'https://evil.example', WEB]) {
      const preflight = await fetch(world.api.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-tributary-client',
        },
      });
      const answer = await fetch(world.api.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', cookie: victim.cookie },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      for (const response of [preflight, answer]) {
        const granted = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
        expect(granted, `${response.status} for ${origin}`).toEqual([]);
      }
      await answer.body?.cancel();
    }
  });

  it('refuses a mutation from another origin, a same-site other port, a null origin or cross-site', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'https://web.tributary.test:8443' },
      { origin: 'http://web.tributary.test' },
      { origin: 'https://sub.web.tributary.test' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: WEB, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const response = await world.api.gql(UPDATE_BIO, { bio: 'pwned' }, { cookie: victim.cookie, headers });
      expect(errorCode(response), JSON.stringify(headers)).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    }
    const user = await world.db.user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(user.bio ?? '').not.toContain('pwned');
  });

  it('runs mutations from the web origin and from servers that send no Origin', async () => {
    const fromWeb = await world.api.gql(
      UPDATE_BIO,
      { bio: 'from the web' },
      {
        cookie: victim.cookie,
        headers: { origin: WEB, 'sec-fetch-site': 'same-origin' },
      },
    );
    expect(fromWeb.errors).toBeUndefined();
    const fromServer = await world.api.gql(UPDATE_BIO, { bio: 'from a script' }, { cookie: victim.cookie });
    expect(fromServer.errors).toBeUndefined();
    expect((await world.db.user.findUniqueOrThrow({ where: { id: victim.id } })).bio).toBe('from a script');
  });

  it('lets queries through whatever the origin (no grant: a foreign page cannot read them)', async () => {
    const response = await world.api.gql('{ me { handle } }', undefined, {
      cookie: victim.cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.data).toMatchObject({ me: { handle: victim.handle } });
  });
});

describe('cost through variables (item 5)', () => {
  const world = useWorld(() => startApiWorld({ GRAPHQL_MAX_COST: '1000000' }));
  let reader: TestUser;

  beforeAll(async () => {
    reader = await world.member();
  });

  // Depth 7: within GRAPHQL_MAX_DEPTH, so only the cost can refuse it.
  const NESTED = `query($a: Int!, $b: Int!) {
    timeline(first: $a) { edges { node { id comments(first: $b) { edges { node { id body createdAt } } } } } } }`;
  const literal = (a: number, b: number) =>
    NESTED.replace('query($a: Int!, $b: Int!)', 'query')
      .replaceAll('$a', String(a))
      .replaceAll('$b', String(b));

  it('counts `first` from variables as it counts literals: 100 × 100 is refused before it runs', async () => {
    const general = `${world.api.config.QUEUE_PREFIX}:rl:authenticated:user:${reader.id}`;
    const redis = new Redis(world.api.config.REDIS_URL);
    try {
      const before = Number((await redis.get(general)) ?? 0);
      for (const response of [
        await world.raw(reader, NESTED, { a: 100, b: 100 }),
        await world.raw(reader, literal(100, 100)),
      ]) {
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0]?.message).toMatch(/cost/i);
        expect(response.data ?? null).toBeNull();
      }
      // Refused before the general rate limit counted it: nothing executed.
      expect(Number((await redis.get(general)) ?? 0)).toBe(before);
    } finally {
      redis.disconnect();
    }
  });

  it('runs the same query with small pages', async () => {
    const response = await world.raw(reader, NESTED, { a: 5, b: 5 });
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ timeline: { edges: [] } });
  });

  it('caps `first` in the resolvers as well: above the page maximum or below 1 is BAD_USER_INPUT', async () => {
    for (const first of [101, 0, -5]) {
      const response = await world.raw(
        reader,
        'query($n: Int!) { timeline(first: $n) { edges { cursor } } }',
        { n: first },
      );
      expect(errorCode(response), `first: ${first}`).toBe('BAD_USER_INPUT');
      expect(response.data ?? null).toBeNull();
    }
  });
});

describe('every path that reaches Yoga is guarded (item 6)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  const origin = () => new URL(api.url).origin;
  const VARIANTS = [
    '/graphql',
    '/graphql/',
    '/GRAPHQL',
    '/GraphQL/',
    '/graphql?x',
    '/graphql/?x=1',
    '//graphql',
    '/graphql//',
    '/graphql/anything',
    '/%67raphql',
    '/graphql%2F',
    '/graphql;x',
  ];

  it.each(VARIANTS)('%s: 1 MiB, JSON only and the header, or not GraphQL at all', async (path) => {
    const url = `${origin()}${path}`;
    const query = JSON.stringify({ query: '{ health { ok } }' });
    const probe = await post(url, query, { 'content-type': 'application/json' });
    const reachesYoga =
      probe.status === 200 && ((await probe.json()) as { data?: unknown }).data !== undefined;

    const big = await post(
      url,
      JSON.stringify({ query: '{ health { ok } }', pad: 'x'.repeat(25 * 1024 * 1024) }),
      {
        'content-type': 'application/json',
      },
    );
    const form = await post(url, `query=${encodeURIComponent('{ health { ok } }')}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    const multipart = await post(
      url,
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ health { ok } }"}\r\n--x--',
      {
        'content-type': 'multipart/form-data; boundary=x',
      },
    );
    const noHeader = await post(url, JSON.stringify({ query: 'mutation { logOut }' }), {
      'content-type': 'application/json',
    });
    const noHeaderBody = (await noHeader.text()) || '{}';
    await Promise.all([big, form, multipart].map((response) => response.body?.cancel() ?? Promise.resolve()));

    if (reachesYoga) {
      expect(big.status).toBe(413);
      expect(form.status).toBe(415);
      expect(multipart.status).toBe(415);
      expect((JSON.parse(noHeaderBody) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } else {
      for (const response of [big, form, multipart, noHeader])
        expect(response.status).toBeGreaterThanOrEqual(400);
      expect(noHeaderBody).not.toContain('"logOut"');
    }
  });

  it.each(['/graphql/', '/graphql/?x=1'])(
    '%s (the report) reaches Yoga, and only through the guard',
    async (path) => {
      const url = `${origin()}${path}`;
      const probe = await post(url, JSON.stringify({ query: '{ health { ok } }' }), {
        'content-type': 'application/json',
      });
      expect(((await probe.json()) as { data?: unknown }).data).toMatchObject({ health: { ok: true } });
      const big = await post(url, 'x'.repeat(2 * 1024 * 1024), { 'content-type': 'application/json' });
      expect(big.status).toBe(413);
      const form = await post(url, 'query=%7B%20health%20%7B%20ok%20%7D%20%7D', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(form.status).toBe(415);
      await Promise.all([big.body?.cancel(), form.body?.cancel()]);
    },
  );
});

describe('subscriptions pass the same guards (item 7)', () => {
  const SUBSCRIPTION = 'subscription { notificationAdded { type } }';
  let api: ApiHarness;
  let other: ApiHarness;
  let limited: ApiHarness;
  const db = testDb();
  const prefix = `test-streams-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    // Two API processes sharing Redis (one queue prefix), as replicas behind a load balancer would.
    api = await startApi({
      QUEUE_PREFIX: prefix,
      GRAPHQL_MAX_STREAMS_PER_SESSION: '2',
      PUBLIC_WEB_URL: 'http://127.0.0.1:3999',
    });
    other = await startApi({
      QUEUE_PREFIX: prefix,
      GRAPHQL_MAX_STREAMS_PER_SESSION: '2',
      PUBLIC_WEB_URL: 'http://127.0.0.1:3999',
    });
    limited = await startApi({ RATE_LIMIT_AUTHENTICATED: '2/600' });
  });

  afterAll(async () => {
    for (const stream of openStreams) stream.close();
    await Promise.all([api?.close(), other?.close(), limited?.close()]);
    await db.$disconnect();
  });

  it('refuses subscriptions over GET, without the header, and from another origin', async () => {
    const user = await signUpUser(api, db);
    const overGet = await fetch(`${api.url}?query=${encodeURIComponent(SUBSCRIPTION)}`, {
      headers: { accept: 'text/event-stream', 'x-tributary-client': 'test', cookie: user.cookie },
    });
    const noHeader = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie: user.cookie },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    const foreign = await openStream(api.url, user, { origin: 'http://127.0.0.1:4444' });
    const crossSite = await openStream(api.url, user, { 'sec-fetch-site': 'cross-site' });
    for (const response of [overGet, noHeader, foreign.response, crossSite.response]) {
      const event = await answerOf(response);
      expect(event, `status ${response.status}`).not.toBeNull();
      expect(errorCode(event!)).toBe('FORBIDDEN');
    }
    // The same subscription from the web origin opens and stays open.
    const fromWeb = await openStream(api.url, user, { origin: 'http://127.0.0.1:3999' });
    expect(await firstEvent(fromWeb.response)).toBeNull();
    fromWeb.close();
  });

  it('counts subscriptions against the per-account limit', async () => {
    const user = await signUpUser(limited, db);
    const streams = [await openStream(limited.url, user), await openStream(limited.url, user)];
    for (const stream of streams) expect(await firstEvent(stream.response)).toBeNull();
    const third = await openStream(limited.url, user);
    const refused = await answerOf(third.response);
    expect(errorCode(refused!)).toBe('RATE_LIMITED');
    for (const stream of [...streams, third]) stream.close();
  });

  it('holds at most N open streams per session across API processes, and frees a slot when a stream ends', async () => {
    const user = await signUpUser(api, db);
    const first = await openStream(api.url, user);
    const second = await openStream(other.url, user);
    expect(await firstEvent(first.response)).toBeNull();
    expect(await firstEvent(second.response)).toBeNull();

    for (const target of [api, other]) {
      const extra = await openStream(target.url, user);
      const refused = await answerOf(extra.response);
      expect(errorCode(refused!)).toBe('RATE_LIMITED');
      extra.close();
    }

    // Another session of the same person has slots of its own.
    const otherSession = await other.gql(
      'mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }',
      { input: { login: user.handle, password: user.password } },
    );
    const cookie = (otherSession.headers.get('set-cookie') ?? '').split(';')[0]!;
    const secondSession = await openStream(other.url, { ...user, cookie });
    expect(await firstEvent(secondSession.response)).toBeNull();
    secondSession.close();

    first.close();
    const deadline = Date.now() + 5_000;
    let reopened: GraphQLResponse | null = { status: 0, headers: new Headers(), errors: [] };
    let again: Stream | undefined;
    while (reopened !== null && Date.now() < deadline) {
      again?.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await openStream(other.url, user);
      reopened = await firstEvent(again.response, 300);
    }
    expect(reopened).toBeNull();
    again?.close();
    second.close();
  });
});

describe('aliases count once each against per-field limits', () => {
  const world = useWorld(() =>
    startApiWorld({ RATE_LIMIT_FIELD: '5/600', RATE_LIMIT_EXPENSIVE_FIELD: '5/600' }),
  );

  const aliased = (count: number, field: string) =>
    `mutation { ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

  it('15 aliased addComment in one request are refused before any runs', async () => {
    const member = await world.member();
    const response = await world.raw(
      member,
      aliased(15, `addComment(input: { entryId: "${randomUUID()}", body: "spam" }) { id }`),
    );
    expect(errorCode(response)).toBe('RATE_LIMITED');
    expect(response.data ?? null).toBeNull();
  });

  it('each root mutation field has its own count, which aliases fill: 5 pass, the sixth is refused', async () => {
    const member = await world.member();
    const folders = await world.raw(
      member,
      `mutation { ${[0, 1, 2, 3, 4].map((index) => `f${index}: createFolder(name: "folder ${index}") { id }`).join(' ')} }`,
    );
    expect(folders.errors).toBeUndefined();
    const sixth = await world.raw(member, 'mutation { createFolder(name: "one more") { id } }');
    expect(errorCode(sixth)).toBe('RATE_LIMITED');
    // Other fields keep their own counts.
    const bio = await world.raw(member, UPDATE_BIO, { bio: 'still allowed' });
    expect(bio.errors).toBeUndefined();
  });

  it('expensive queries count per alias too (search)', async () => {
    const member = await world.member();
    const search = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `s${index}: search(query: "term${index}") { edges { cursor } }`).join(' ')} }`;
    expect((await world.raw(member, search(5))).errors).toBeUndefined();
    const refused = await world.raw(member, search(1));
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.status).toBe(429);
  });
});

describe('security headers on every API answer (weak item)', () => {
  let https: ApiHarness;
  let http: ApiHarness;

  beforeAll(async () => {
    https = await startApi({ PUBLIC_WEB_URL: WEB });
    http = await startApi({ PUBLIC_WEB_URL: 'http://127.0.0.1:3999' });
  });

  afterAll(async () => {
    await Promise.all([https?.close(), http?.close()]);
  });

  const answers = async (api: ApiHarness): Promise<Response[]> => {
    const origin = new URL(api.url).origin;
    return [
      await fetch(`${origin}/no-such-page`),
      await fetch(`${origin}/graphql/no-such-page`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      await fetch(`${origin}/feeds/u/nobody/feed.xml`),
      await fetch(`${origin}/exports/${randomUUID()}/archive.json`),
      await fetch(`${origin}/admin/queues`),
      await fetch(`${origin}/graphql`, { method: 'PUT' }),
      await post(api.url, JSON.stringify({ query: '{ health { ok } }' }), {
        'content-type': 'application/json',
      }),
      await post(api.url, 'x', { 'content-type': 'text/plain' }),
    ];
  };

  it('sends a CSP, nosniff and no X-Powered-By on every answer, 404s included', async () => {
    for (const response of await answers(http)) {
      const where = `${response.url} → ${response.status}`;
      expect(response.headers.get('content-security-policy'), where).toMatch(/default-src '(none|self)'/);
      expect(response.headers.get('content-security-policy'), where).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), where).toBe('DENY');
      expect(response.headers.get('x-powered-by'), where).toBeNull();
      expect(response.headers.get('strict-transport-security'), where).toBeNull();
      await response.body?.cancel();
    }
  });

  it('adds HSTS when PUBLIC_WEB_URL is https', async () => {
    for (const response of await answers(https)) {
      expect(response.headers.get('strict-transport-security'), response.url).toMatch(/max-age=31536000/);
      await response.body?.cancel();
    }
  });
});
