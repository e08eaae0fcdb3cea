import { randomBytes } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { inject } from 'vitest';
import { type ApiHarness, type GraphQLResponse } from './api-harness.js';

/** A Prisma client on this run's test database, for arranging rows and counting them. */
export function testDb(): PrismaClient {
  return createPrismaClient({ databaseUrl: inject('databaseUrl'), poolSize: 4 });
}

export function uniqueSuffix(): string {
  return randomBytes(5).toString('hex');
}

/** A system-independent invite row (created by `createdById`, or a system invite when null). */
export async function makeInvite(
  db: PrismaClient,
  overrides: Partial<{
    code: string;
    createdById: string | null;
    maxUses: number;
    usesCount: number;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }> = {},
) {
  return db.invite.create({
    data: {
      code: `test-${uniqueSuffix()}${uniqueSuffix()}`,
      createdById: null,
      maxUses: 1,
      expiresAt: new Date(Date.now() + 86_400_000),
      ...overrides,
    },
  });
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id handle role } } }`;
export const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { user { id handle } } }`;
export const DEFAULT_PASSWORD = 'correct horse battery staple';

export function signUpInput(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    inviteCode: 'missing-code',
    handle: `u_${suffix}`,
    email: `u_${suffix}@example.test`,
    password: DEFAULT_PASSWORD,
    displayName: `User ${suffix}`,
    ...overrides,
  };
}

/** The `name=value` of the session cookie set by a response, or undefined. */
export function sessionCookieFrom(response: GraphQLResponse): string | undefined {
  const setCookies = response.headers.getSetCookie();
  const session = setCookies.find((cookie) => /^(__Host-)?tributary_session=[^;]+/.test(cookie));
  return session?.split(';')[0];
}

export interface TestUser {
  id: string;
  handle: string;
  email: string;
  password: string;
  cookie: string;
}

/** Signs a new person up through the API with a fresh invite (made by `invitedById` when given). */
export async function signUpUser(
  api: ApiHarness,
  db: PrismaClient,
  options: { role?: 'USER' | 'ADMIN'; invitedById?: string; overrides?: Record<string, unknown> } = {},
): Promise<TestUser> {
  const invite = await makeInvite(db, { createdById: options.invitedById ?? null });
  const input = signUpInput({ inviteCode: invite.code, ...options.overrides });
  const response = await api.gql<{ signUp: { user: { id: string; handle: string } } }>(SIGN_UP, { input });
  if (!response.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(response.errors)}`);
  const { id } = response.data.signUp.user;
  // A system invite makes an admin; set the role the test asked for.
  await db.user.update({ where: { id }, data: { role: options.role ?? 'USER' } });
  return {
    id,
    handle: input.handle,
    email: input.email,
    password: input.password,
    cookie: sessionCookieFrom(response)!,
  };
}
