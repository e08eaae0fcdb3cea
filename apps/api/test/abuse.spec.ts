// Issue 15 ("Weak"): login lockout, email enumeration through signUp, look-alike handles and passwords
// built from the account's own details, each through HTTP against the real API, PostgreSQL and Redis.
import { type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness, type GraphQLResponse } from './support/api-harness.js';
import {
  DEFAULT_PASSWORD,
  LOG_IN,
  makeInvite,
  SIGN_UP,
  sessionCookieFrom,
  signUpInput,
  signUpUser,
  testDb,
  uniqueSuffix,
} from './support/factories.js';

const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

let ipCounter = 0;
function freshIp(): string {
  ipCounter += 1;
  return `203.0.${113 + Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}
const from = (ip: string, cookie?: string) => ({
  headers: { 'x-forwarded-for': ip },
  ...(cookie && { cookie }),
});

let db: PrismaClient;
const apis: ApiHarness[] = [];
async function start(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const api = await startApi({ TRUST_PROXY: '127.0.0.1', ...overrides });
  apis.push(api);
  return api;
}

beforeAll(() => {
  db = testDb();
});

afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  await db?.$disconnect();
});

describe('login throttling punishes the guesser, not the owner', () => {
  const ACCOUNT_LIMIT = 6;
  let api: ApiHarness;

  beforeAll(async () => {
    api = await start({ RATE_LIMIT_LOGIN_ACCOUNT: `${ACCOUNT_LIMIT}/600`, LOGIN_BACKOFF_FREE_FAILURES: '3' });
  });

  const logIn = (login: string, password: string, ip: string, cookie?: string) =>
    api.gql(LOG_IN, { input: { login, password } }, from(ip, cookie));

  it('backs off one address that keeps guessing one account, and only that address', async () => {
    const owner = await signUpUser(api, db);
    const home = freshIp();
    const signedIn = await logIn(owner.handle, DEFAULT_PASSWORD, home);
    expect(codeOf(signedIn)).toBeUndefined();
    const attacker = freshIp();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(codeOf(await logIn(owner.email, 'wrong password', attacker))).toBe('UNAUTHENTICATED');
    }
    // The 4th try must wait 1 s; after it, one more failure makes the next wait 2 s.
    expect(codeOf(await logIn(owner.handle, 'wrong password', attacker))).toBe('RATE_LIMITED');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(codeOf(await logIn(owner.handle, 'wrong password', attacker))).toBe('UNAUTHENTICATED');
    const backedOff = await logIn(owner.handle, 'wrong password', attacker);
    expect(codeOf(backedOff)).toBe('RATE_LIMITED');
    expect(backedOff.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Even the right password waits there (no guessing through the back-off)…
    expect(codeOf(await logIn(owner.handle, DEFAULT_PASSWORD, attacker))).toBe('RATE_LIMITED');
    // …except from the owner's own browser on that network (say, a shared NAT)…
    expect(
      codeOf(await logIn(owner.handle, DEFAULT_PASSWORD, attacker, sessionCookieFrom(signedIn))),
    ).toBeUndefined();
    // …while the owner at home, and anyone else, signs in at once.
    expect(codeOf(await logIn(owner.handle, DEFAULT_PASSWORD, home))).toBeUndefined();
    expect(codeOf(await logIn(owner.handle, DEFAULT_PASSWORD, freshIp()))).toBeUndefined();
  });

  it('when an account is attacked from many addresses, its owner still signs in from a known browser or network', async () => {
    const owner = await signUpUser(api, db);
    const home = freshIp();
    const signedIn = await logIn(owner.handle, DEFAULT_PASSWORD, home);
    expect(codeOf(signedIn)).toBeUndefined();
    const browser = sessionCookieFrom(signedIn)!;
    // Far more wrong guesses than the account's limit, each from another address (a botnet).
    for (let attempt = 0; attempt < ACCOUNT_LIMIT + 4; attempt += 1) {
      const response = await logIn(attempt % 2 ? owner.email : owner.handle, `guess ${attempt}`, freshIp());
      expect(codeOf(response), `guess ${attempt}`).toBe(
        attempt < ACCOUNT_LIMIT ? 'UNAUTHENTICATED' : 'RATE_LIMITED',
      );
    }
    // An address the account never used is refused before the password is looked at, right or wrong.
    const stranger = await logIn(owner.handle, DEFAULT_PASSWORD, freshIp());
    expect(codeOf(stranger)).toBe('RATE_LIMITED');
    expect(stranger.errors?.[0]?.message).toMatch(/browser or network you used before/);
    // The owner at home gets in, as often as they like (their successes use up nothing)…
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(codeOf(await logIn(owner.handle, DEFAULT_PASSWORD, home)), `home ${attempt}`).toBeUndefined();
    }
    // …and so does their browser on a network it never used (it holds one of the account's sessions).
    const travelling = await logIn(owner.email, DEFAULT_PASSWORD, freshIp(), browser);
    expect(codeOf(travelling)).toBeUndefined();
    // A wrong password from home is still just wrong (and counted).
    expect(codeOf(await logIn(owner.handle, 'wrong password', home))).toBe('UNAUTHENTICATED');
  });

  it('answers unknown login names the same way', async () => {
    const name = `nobody_${uniqueSuffix()}`;
    for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt += 1) {
      expect(codeOf(await logIn(name, 'wrong password', freshIp()))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await logIn(name, 'wrong password', freshIp()))).toBe('RATE_LIMITED');
  });
});

describe('signUp does not tell which emails have accounts', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    // Real argon2id cost, so that skipping the hash on one path would show in the timing.
    api = await start({
      ARGON2_MEMORY_KIB: '19456',
      ARGON2_TIME_COST: '2',
      RATE_LIMIT_SIGNUP_INVITE: '4/600',
    });
  });

  async function timed(
    send: () => Promise<GraphQLResponse>,
  ): Promise<{ response: GraphQLResponse; ms: number }> {
    const startedAt = performance.now();
    const response = await send();
    return { response, ms: performance.now() - startedAt };
  }

  it('refuses a taken email with the vague answer, after the same work, without using the invite up', async () => {
    const existing = await signUpUser(api, db);
    const invite = await makeInvite(db);
    const taken: { response: GraphQLResponse; ms: number }[] = [];
    const created: { response: GraphQLResponse; ms: number }[] = [];
    for (let round = 0; round < 3; round += 1) {
      taken.push(
        await timed(() =>
          api.gql(
            SIGN_UP,
            { input: signUpInput({ inviteCode: invite.code, email: existing.email.toUpperCase() }) },
            from(freshIp()),
          ),
        ),
      );
      const fresh = await makeInvite(db);
      created.push(
        await timed(() =>
          api.gql(SIGN_UP, { input: signUpInput({ inviteCode: fresh.code }) }, from(freshIp())),
        ),
      );
    }
    for (const { response } of taken) {
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0]?.extensions?.field).toBeUndefined();
      expect(response.errors?.[0]?.message).not.toMatch(/email|exists|taken/i);
      expect(response.errors?.[0]?.message).toBe(taken[0]!.response.errors?.[0]?.message);
    }
    for (const { response } of created) expect(response.errors).toBeUndefined();
    // The refusal hashed the password like a success does (argon2id dominates both).
    const fastest = (runs: { ms: number }[]) => Math.min(...runs.map((run) => run.ms));
    expect(fastest(taken)).toBeGreaterThan(fastest(created) * 0.5);
    // Nothing was written and the invite can still admit someone.
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usesCount).toBe(0);
    const admitted = await api.gql(
      SIGN_UP,
      { input: signUpInput({ inviteCode: invite.code }) },
      from(freshIp()),
    );
    expect(admitted.errors).toBeUndefined();
  });

  it('limits attempts per invite code from any address, so one invite cannot probe many emails', async () => {
    const existing = await signUpUser(api, db);
    const invite = await makeInvite(db);
    const probe = () =>
      api.gql(
        SIGN_UP,
        { input: signUpInput({ inviteCode: invite.code, email: existing.email }) },
        from(freshIp()),
      );
    for (let attempt = 0; attempt < 4; attempt += 1) expect(codeOf(await probe())).toBe('BAD_USER_INPUT');
    expect(codeOf(await probe())).toBe('RATE_LIMITED');
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usesCount).toBe(0);
    // Successes are not counted: a multi-use code shared by more people than the limit keeps working.
    const shared = await makeInvite(db, { maxUses: 10 });
    for (let person = 0; person < 6; person += 1) {
      const joined = await api.gql(
        SIGN_UP,
        { input: signUpInput({ inviteCode: shared.code }) },
        from(freshIp()),
      );
      expect(joined.errors, `person ${person}`).toBeUndefined();
    }
  });
});

describe('handles that pass for someone else are refused', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await start();
  });

  async function signUpAs(handle: string): Promise<GraphQLResponse> {
    const invite = await makeInvite(db);
    return api.gql(SIGN_UP, { input: signUpInput({ inviteCode: invite.code, handle }) }, from(freshIp()));
  }

  it('refuses reserved names in disguise', async () => {
    for (const handle of ['Admin_', '_admin', 'ADM_IN', '\u0430dmin', 'r00t', 'Tributary_', 'supp0rt']) {
      const response = await signUpAs(handle);
      expect(response.errors?.[0]?.extensions, handle).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'handle',
      });
    }
  });

  it('refuses look-alikes of existing people (rnaria for maria), without using the invite up', async () => {
    const suffix = uniqueSuffix();
    const maria = await signUpAs(`maria${suffix}`);
    expect(maria.errors).toBeUndefined();
    const stored = await db.user.findUniqueOrThrow({ where: { handleLower: `maria${suffix}` } });
    expect(stored.handleSkeleton).toBe(`rnaria${suffix}`.replaceAll('0', 'o').replaceAll('1', 'l'));
    for (const handle of [
      `rnaria${suffix}`,
      `MARIA_${suffix}`,
      `m_aria${suffix}`,
      `maria${suffix}`.toUpperCase(),
    ]) {
      const invite = await makeInvite(db);
      const response = await api.gql(
        SIGN_UP,
        { input: signUpInput({ inviteCode: invite.code, handle }) },
        from(freshIp()),
      );
      expect(response.errors?.[0]?.extensions, handle).toMatchObject({ code: 'CONFLICT', field: 'handle' });
      expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usesCount).toBe(0);
    }
    expect(codeOf(await signUpAs(`marta${suffix}`))).toBeUndefined();
  });

  it('lets the database decide a race between look-alikes: one account, typed errors for the rest', async () => {
    const suffix = uniqueSuffix();
    const handles = [
      `anna${suffix}`,
      `a_nna${suffix}`,
      `ANNA${suffix}`,
      `an_na${suffix}`,
      `Anna_${suffix}`,
      `_anna${suffix}`,
    ];
    const responses = await Promise.all(handles.map((handle) => signUpAs(handle)));
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    for (const response of responses.filter((one) => one.errors)) {
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'handle' });
    }
  });
});

describe('passwords built from the account’s own details are refused', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await start();
  });

  it('on signUp', async () => {
    const suffix = uniqueSuffix();
    const base = {
      handle: `maria_${suffix}`,
      email: `maria.lopez.${suffix}@example.test`,
      displayName: 'Maria Lopez',
    };
    for (const password of [
      `maria_${suffix}`,
      `Maria_${suffix}!`,
      'MariaLopez1990!',
      'Tributary2026!',
      'lopez2024!!',
    ]) {
      const invite = await makeInvite(db);
      const response = await api.gql(SIGN_UP, {
        input: signUpInput({ ...base, inviteCode: invite.code, password }),
      });
      expect(response.errors?.[0]?.extensions, password).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
      });
      expect(response.errors?.[0]?.message).toMatch(/handle, email, name/);
    }
    const invite = await makeInvite(db);
    const strong = await api.gql(SIGN_UP, {
      input: signUpInput({ ...base, inviteCode: invite.code, password: 'maria reads seven blue umbrellas' }),
    });
    expect(strong.errors).toBeUndefined();
  });

  it('on password change', async () => {
    const user = await signUpUser(api, db, { overrides: { displayName: 'Jonas Kowalczyk' } });
    for (const newPassword of [
      user.handle,
      `${user.handle}2024!`,
      'Kowalczyk1985',
      'tributary!!',
      user.email.split('@')[0]!,
    ]) {
      const response = await api.gql(
        CHANGE,
        { input: { currentPassword: DEFAULT_PASSWORD, newPassword } },
        { cookie: user.cookie },
      );
      expect(response.errors?.[0]?.extensions, newPassword).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
      });
    }
    const changed = await api.gql(
      CHANGE,
      { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'an orchard of quiet lanterns' } },
      { cookie: user.cookie },
    );
    expect(changed.errors).toBeUndefined();
  });
});
