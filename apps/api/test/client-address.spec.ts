// Which address the API believes a request comes from, over real HTTP: the signed header the web server
// adds (INTERNAL_API_SECRET), else the socket, else — only from a TRUST_PROXY peer — the right-most
// untrusted X-Forwarded-For hop. What a client writes itself is never believed. The API records the
// address on the session it creates, so `sessions { ip }` shows what it saw.
import { CLIENT_ADDRESS_HEADER, SIGNATURE_MAX_AGE_MS, signClientAddress } from '@tributary/client-address';
import { type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness, type GraphQLResponse } from './support/api-harness.js';
import { LOG_IN, sessionCookieFrom, signUpUser, testDb, type TestUser } from './support/factories.js';

const SECRET = 'test-internal-api-secret-0123456789abcdef';
const SESSIONS = '{ sessions { ip isCurrent } }';

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

describe('the client address the API believes', () => {
  let db: PrismaClient;
  const apis: ApiHarness[] = [];
  let direct: ApiHarness;
  let proxied: ApiHarness;
  let person: TestUser;

  async function start(overrides: Record<string, string>): Promise<ApiHarness> {
    const api = await startApi(overrides);
    apis.push(api);
    return api;
  }

  /** Signs `person` in with the given request headers and answers the address on the new session. */
  async function addressSeen(api: ApiHarness, headers: Record<string, string>): Promise<string | null> {
    const login = await api.gql(
      LOG_IN,
      { input: { login: person.handle, password: person.password } },
      { headers },
    );
    expect(login.errors).toBeUndefined();
    const cookie = sessionCookieFrom(login)!;
    const sessions = await api.gql<{ sessions: { ip: string | null; isCurrent: boolean }[] }>(
      SESSIONS,
      {},
      { cookie },
    );
    return sessions.data?.sessions.find((session) => session.isCurrent)?.ip ?? null;
  }

  beforeAll(async () => {
    db = testDb();
    direct = await start({ INTERNAL_API_SECRET: SECRET });
    proxied = await start({ INTERNAL_API_SECRET: SECRET, TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' });
    person = await signUpUser(direct, db);
  });

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
    await db?.$disconnect();
  });

  it('does not believe a forged X-Forwarded-For from a client that is not a trusted proxy', async () => {
    await expect(addressSeen(direct, { 'x-forwarded-for': '203.0.113.66' })).resolves.toBe('127.0.0.1');
  });

  it('behind TRUST_PROXY takes the right-most untrusted hop, not what the client wrote on the left', async () => {
    await expect(addressSeen(proxied, { 'x-forwarded-for': '203.0.113.66, 198.51.100.7' })).resolves.toBe(
      '198.51.100.7',
    );
    // Hops added by our own proxies (10.0.0.0/8) are skipped.
    await expect(
      addressSeen(proxied, { 'x-forwarded-for': '203.0.113.66, 198.51.100.8, 10.1.2.3' }),
    ).resolves.toBe('198.51.100.8');
  });

  it('believes the address the web server signed, over any X-Forwarded-For', async () => {
    const headers = {
      [CLIENT_ADDRESS_HEADER]: signClientAddress('192.0.2.44', SECRET),
      'x-forwarded-for': '203.0.113.66',
    };
    await expect(addressSeen(direct, headers)).resolves.toBe('192.0.2.44');
    await expect(addressSeen(proxied, headers)).resolves.toBe('192.0.2.44');
    await expect(
      addressSeen(direct, { [CLIENT_ADDRESS_HEADER]: signClientAddress('2001:db8::9', SECRET) }),
    ).resolves.toBe('2001:db8::9');
  });

  it('ignores a badly signed, tampered, expired or malformed header', async () => {
    const valid = signClientAddress('192.0.2.45', SECRET);
    const forgeries = [
      signClientAddress('192.0.2.45', 'another-secret-of-enough-length-000000'),
      valid.replace('192.0.2.45', '192.0.2.46'),
      signClientAddress('192.0.2.45', SECRET, Date.now() - SIGNATURE_MAX_AGE_MS - 5_000),
      signClientAddress('192.0.2.45', SECRET, Date.now() + 10 * 60_000),
      '192.0.2.45',
      'v1;192.0.2.45;;',
    ];
    for (const forged of forgeries) {
      await expect(addressSeen(direct, { [CLIENT_ADDRESS_HEADER]: forged }), forged).resolves.toBe(
        '127.0.0.1',
      );
    }
  });

  it('ignores the header altogether when no secret is configured', async () => {
    const plain = await start({});
    const headers = { [CLIENT_ADDRESS_HEADER]: signClientAddress('192.0.2.47', SECRET) };
    await expect(addressSeen(plain, headers)).resolves.toBe('127.0.0.1');
  });

  it('keeps one rate-limit bucket per signed address: one address used up does not block another', async () => {
    const limited = await start({ INTERNAL_API_SECRET: SECRET, RATE_LIMIT_ANONYMOUS: '3/600' });
    const health = '{ health { ok } }';
    const from = (address: string) => ({
      headers: { [CLIENT_ADDRESS_HEADER]: signClientAddress(address, SECRET) },
    });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(codeOf(await limited.gql(health, {}, from('192.0.2.50')))).toBeUndefined();
    }
    expect(codeOf(await limited.gql(health, {}, from('192.0.2.50')))).toBe('RATE_LIMITED');
    expect(codeOf(await limited.gql(health, {}, from('192.0.2.51')))).toBeUndefined();

    // Unsigned requests are the socket's: a forged X-Forwarded-For does not buy a fresh bucket.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(
        codeOf(await limited.gql(health, {}, { headers: { 'x-forwarded-for': `203.0.113.${attempt}` } })),
      ).toBeUndefined();
    }
    expect(codeOf(await limited.gql(health, {}, { headers: { 'x-forwarded-for': '203.0.113.99' } }))).toBe(
      'RATE_LIMITED',
    );
  });
});
