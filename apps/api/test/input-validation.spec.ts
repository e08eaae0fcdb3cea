import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { type GraphQLResponse } from './support/api-harness.js';
import { LOG_IN, makeInvite, SIGN_UP, signUpInput, signUpUser, type TestUser } from './support/factories.js';

const MEGABYTE = 'a'.repeat(1_000_000);

function expectBadInput(response: GraphQLResponse, field: string): void {
  expect(response.status).toBeLessThan(500);
  const error = response.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(error)).toBe('BAD_USER_INPUT');
  expect(error?.message).toContain(field);
  expect(JSON.stringify(response)).not.toMatch(/INTERNAL|\.ts:\d+|\.js:\d+/);
}

describe('malformed and oversized inputs get BAD_USER_INPUT naming the field', () => {
  const world = useWorld(() => startApiWorld());
  let member: TestUser;
  let admin: TestUser;
  let code: string;

  beforeAll(async () => {
    member = await signUpUser(world.api, world.db);
    admin = await signUpUser(world.api, world.db, { role: 'ADMIN' });
    code = (await makeInvite(world.db)).code;
  });

  it.each([
    ['handle', 'ab'],
    ['handle', 'has space'],
    ['handle', 'émile'],
    ['handle', 'x'.repeat(31)],
    ['handle', 'Admin'],
    ['handle', 'settings'],
    ['handle', 'u'],
    ['handle', MEGABYTE],
    ['email', 'not-an-email'],
    ['email', 'a@'],
    ['email', `${MEGABYTE}@example.test`],
    ['password', 'short'],
    ['password', 'password123'],
    ['password', 'x'.repeat(257)],
    ['password', MEGABYTE],
    ['displayName', ''],
    ['displayName', MEGABYTE],
    ['inviteCode', MEGABYTE],
  ])('signUp %s = %s…', async (field, value) => {
    const response = await world.api.gql(SIGN_UP, {
      input: signUpInput({ inviteCode: code, [field]: value }),
    });
    expectBadInput(response, field);
  });

  it.each([
    ['handle', 123],
    ['email', { nested: true }],
    ['password', ['list']],
    ['displayName', null],
  ])('signUp with a %s of the wrong type', async (field, value) => {
    const response = await world.api.gql(SIGN_UP, {
      input: signUpInput({ inviteCode: code, [field]: value }),
    });
    expectBadInput(response, field);
    expect(response.data ?? null).toBeNull();
  });

  it('accepts the longest allowed password (256) and refuses 257', async () => {
    const ok = await world.api.gql(SIGN_UP, {
      input: signUpInput({
        inviteCode: (await makeInvite(world.db)).code,
        password: 'p'.repeat(128) + 'q'.repeat(128),
      }),
    });
    expect(ok.errors).toBeUndefined();
  });

  it('logIn with oversized or missing values', async () => {
    expectBadInput(
      await world.api.gql(LOG_IN, { input: { login: MEGABYTE, password: 'whatever123' } }),
      'login',
    );
    expectBadInput(
      await world.api.gql(LOG_IN, { input: { login: 'someone', password: MEGABYTE } }),
      'password',
    );
    expectBadInput(await world.api.gql(LOG_IN, { input: { login: '', password: 'whatever123' } }), 'login');
    expectBadInput(await world.api.gql(LOG_IN, { input: { login: 'someone' } }), 'password');
  });

  it('updateProfile with bad values', async () => {
    const UPDATE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }';
    const send = (input: Record<string, unknown>) =>
      world.api.gql(UPDATE, { input }, { cookie: member.cookie });
    expectBadInput(await send({ avatarUrl: 'javascript:alert(1)' }), 'avatarUrl');
    expectBadInput(await send({ avatarUrl: 'ftp://example.test/a.png' }), 'avatarUrl');
    expectBadInput(await send({ avatarUrl: `https://example.test/${MEGABYTE}` }), 'avatarUrl');
    expectBadInput(await send({ bio: MEGABYTE }), 'bio');
    expectBadInput(await send({ displayName: '   ' }), 'displayName');
    expectBadInput(await send({ displayName: 42 }), 'displayName');
    const ok = await world.api.gql<{ updateProfile: { id: string } }>(
      'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName bio avatarUrl } }',
      { input: { displayName: ' New Name ', bio: 'Reads a lot.', avatarUrl: 'https://example.test/me.png' } },
      { cookie: member.cookie },
    );
    expect(ok.data?.updateProfile).toEqual({
      displayName: 'New Name',
      bio: 'Reads a lot.',
      avatarUrl: 'https://example.test/me.png',
    });
  });

  it('createInvite with bad values', async () => {
    const CREATE = 'mutation($input: CreateInviteInput) { createInvite(input: $input) { id } }';
    expectBadInput(
      await world.api.gql(CREATE, { input: { expiresInDays: 0 } }, { cookie: member.cookie }),
      'expiresInDays',
    );
    expectBadInput(
      await world.api.gql(CREATE, { input: { expiresInDays: 'soon' } }, { cookie: member.cookie }),
      'expiresInDays',
    );
    expectBadInput(
      await world.api.gql(CREATE, { input: { note: MEGABYTE } }, { cookie: member.cookie }),
      'note',
    );
    expectBadInput(
      await world.api.gql(CREATE, { input: { maxUses: 0 } }, { cookie: admin.cookie }),
      'maxUses',
    );
  });

  it('adminUsers with bad paging', async () => {
    expectBadInput(
      await world.api.gql('{ adminUsers(first: 101) { edges { cursor } } }', {}, { cookie: admin.cookie }),
      'first',
    );
    expectBadInput(
      await world.api.gql(
        '{ adminUsers(first: 5, after: "garbage") { edges { cursor } } }',
        {},
        { cookie: admin.cookie },
      ),
      'after',
    );
  });

  it('ids and handles that cannot exist are answered without errors of ours', async () => {
    const revoke = await world.api.gql(
      'mutation { revokeSession(id: "not-a-uuid") }',
      {},
      { cookie: member.cookie },
    );
    expect(revoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const profile = await world.api.gql<{ user: null }>('query($h: String!) { user(handle: $h) { id } }', {
      h: MEGABYTE,
    });
    expect(profile.errors).toBeUndefined();
    expect(profile.data?.user).toBeNull();
  });
});
