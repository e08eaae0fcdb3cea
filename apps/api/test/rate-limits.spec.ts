import { type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness, type GraphQLResponse } from './support/api-harness.js';
import {
  DEFAULT_PASSWORD,
  LOG_IN,
  makeInvite,
  SIGN_UP,
  signUpInput,
  signUpUser,
  testDb,
} from './support/factories.js';

const N = 3;
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** Sends `N` requests that must pass the limit, then one that must be refused. */
async function expectLimit(send: (attempt: number) => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  for (let attempt = 0; attempt < N; attempt += 1) {
    const response = await send(attempt);
    expect(codeOf(response), `attempt ${attempt + 1} of ${N}`).not.toBe('RATE_LIMITED');
  }
  const refused = await send(N);
  expect(codeOf(refused)).toBe('RATE_LIMITED');
  expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  return refused;
}

/** One limit at a time set to N per window, every other limit generous; distinct client IPs via a trusted proxy. */
async function apiWith(limit: string): Promise<ApiHarness> {
  return startApi({ [limit]: `${N}/600`, TRUST_PROXY: '127.0.0.1' });
}

let ipCounter = 1;
function freshIp(): string {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

describe('rate limits: N allowed, N+1 refused with RATE_LIMITED', () => {
  let db: PrismaClient;
  const apis: ApiHarness[] = [];

  beforeAll(() => {
    db = testDb();
  });

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
    await db?.$disconnect();
  });

  async function start(limit: string): Promise<ApiHarness> {
    const api = await apiWith(limit);
    apis.push(api);
    return api;
  }

  it('login per IP (counting every aliased logIn)', async () => {
    const api = await start('RATE_LIMIT_LOGIN_IP');
    const ip = freshIp();
    await expectLimit((attempt) =>
      api.gql(
        LOG_IN,
        { input: { login: `someone_${attempt}`, password: 'wrong password' } },
        { headers: { 'x-forwarded-for': ip } },
      ),
    );
    // Another IP is not affected.
    const other = await api.gql(
      LOG_IN,
      { input: { login: 'someone', password: 'wrong password' } },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    expect(codeOf(other)).toBe('UNAUTHENTICATED');
    // Alias batching does not multiply attempts: each aliased logIn counts (a failed one also stops the rest).
    const user = await signUpUser(api, db);
    const batchIp = freshIp();
    const aliases = Array.from(
      { length: N + 1 },
      (_, index) =>
        `a${index}: logIn(input: { login: "${user.handle}", password: "${DEFAULT_PASSWORD}" }) { user { id } }`,
    );
    const batch = await api.gql(
      `mutation { ${aliases.join(' ')} }`,
      {},
      { headers: { 'x-forwarded-for': batchIp } },
    );
    expect(batch.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([
      [`a${N}`, 'RATE_LIMITED'],
    ]);
  });

  it('login per IPv6 /64', async () => {
    const api = await start('RATE_LIMIT_LOGIN_IP');
    await expectLimit((attempt) =>
      api.gql(
        LOG_IN,
        { input: { login: 'someone', password: 'wrong password' } },
        { headers: { 'x-forwarded-for': `2001:db8:7:7::${attempt + 1}` } },
      ),
    );
    const otherNetwork = await api.gql(
      LOG_IN,
      { input: { login: 'someone', password: 'wrong password' } },
      { headers: { 'x-forwarded-for': '2001:db8:7:8::1' } },
    );
    expect(codeOf(otherNetwork)).toBe('UNAUTHENTICATED');
  });

  it('login per account, whatever the IP', async () => {
    const api = await start('RATE_LIMIT_LOGIN_ACCOUNT');
    const user = await signUpUser(api, db);
    // Handle and email name the same account: they share one budget.
    await expectLimit((attempt) =>
      api.gql(
        LOG_IN,
        { input: { login: attempt % 2 ? user.email : user.handle, password: 'wrong password' } },
        { headers: { 'x-forwarded-for': freshIp() } },
      ),
    );
    // Even the right password is refused until the window ends: no guessing through it.
    const right = await api.gql(
      LOG_IN,
      { input: { login: user.handle.toUpperCase(), password: DEFAULT_PASSWORD } },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    expect(codeOf(right)).toBe('RATE_LIMITED');
  });

  it('sign-up per IP', async () => {
    const api = await start('RATE_LIMIT_SIGNUP_IP');
    const ip = freshIp();
    await expectLimit(() =>
      api.gql(SIGN_UP, { input: signUpInput({ handle: 'x' }) }, { headers: { 'x-forwarded-for': ip } }),
    );
  });

  it('invite redemption per IP', async () => {
    const api = await start('RATE_LIMIT_INVITE_IP');
    const ip = freshIp();
    await expectLimit(async (attempt) => {
      const response = await api.gql(
        SIGN_UP,
        { input: signUpInput({ inviteCode: `wrong-code-${attempt}` }) },
        { headers: { 'x-forwarded-for': ip } },
      );
      if (attempt < N) expect(codeOf(response)).toBe('INVITE_INVALID');
      return response;
    });
    // Even a valid code is refused from that address for now.
    const invite = await makeInvite(db);
    const valid = await api.gql(
      SIGN_UP,
      { input: signUpInput({ inviteCode: invite.code }) },
      { headers: { 'x-forwarded-for': ip } },
    );
    expect(codeOf(valid)).toBe('RATE_LIMITED');
  });

  it('password changes per account', async () => {
    const api = await start('RATE_LIMIT_PASSWORD_CHANGE');
    const user = await signUpUser(api, db);
    await expectLimit(() =>
      api.gql(
        CHANGE,
        { input: { currentPassword: 'wrong password', newPassword: 'another long passphrase' } },
        { cookie: user.cookie },
      ),
    );
  });

  it('anonymous GraphQL traffic per IP', async () => {
    const api = await start('RATE_LIMIT_ANONYMOUS');
    const ip = freshIp();
    await expectLimit(() => api.gql('{ me { id } }', {}, { headers: { 'x-forwarded-for': ip } }));
    const refused = await api.gql('{ health { ok } }', {}, { headers: { 'x-forwarded-for': ip } });
    expect(refused.data ?? null).toBeNull();
  });

  it('authenticated GraphQL traffic per account', async () => {
    const api = await start('RATE_LIMIT_AUTHENTICATED');
    const user = await signUpUser(api, db);
    await expectLimit(() =>
      api.gql('{ me { id } }', {}, { cookie: user.cookie, headers: { 'x-forwarded-for': freshIp() } }),
    );
  });
});
