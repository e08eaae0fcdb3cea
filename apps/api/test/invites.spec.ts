import { describe, expect, it } from 'vitest';
import { startApiWorld, startIsolatedApiWorld, useWorld } from './support/api-world.js';
import { startApi } from './support/api-harness.js';
import {
  makeInvite,
  SIGN_UP,
  sessionCookieFrom,
  signUpInput,
  signUpUser,
  uniqueSuffix,
} from './support/factories.js';

type SignUpData = { signUp: { user: { id: string; role: string } } };

describe('invite redemption under concurrency', () => {
  const world = useWorld(() => startApiWorld({ DATABASE_POOL_SIZE: '20' }));

  it(
    'admits exactly one of 200 concurrent redemptions of a single-use code, 20 times over',
    { timeout: 180_000 },
    async () => {
      for (let round = 0; round < 20; round += 1) {
        const inviter = await signUpUser(world.api, world.db);
        const invite = await makeInvite(world.db, { createdById: inviter.id });
        const results = await Promise.all(
          Array.from({ length: 200 }, () =>
            world.api.gql<SignUpData>(SIGN_UP, { input: signUpInput({ inviteCode: invite.code }) }),
          ),
        );
        const admitted = results.filter((result) => result.data?.signUp);
        const codes = results.flatMap(
          (result) => result.errors?.map((error) => error.extensions?.code) ?? [],
        );
        expect(admitted, `round ${round}`).toHaveLength(1);
        expect(new Set(codes), `round ${round}`).toEqual(new Set(['INVITE_INVALID']));
        expect(await world.db.user.count({ where: { invitedById: inviter.id } })).toBe(1);
        expect(await world.db.inviteRedemption.count({ where: { inviteId: invite.id } })).toBe(1);
        expect((await world.db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usesCount).toBe(1);
      }
    },
  );

  it('admits exactly maxUses people with a multi-use code', async () => {
    const admin = await signUpUser(world.api, world.db, { role: 'ADMIN' });
    const invite = await makeInvite(world.db, { createdById: admin.id, maxUses: 5 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        world.api.gql<SignUpData>(SIGN_UP, { input: signUpInput({ inviteCode: invite.code }) }),
      ),
    );
    expect(results.filter((result) => result.data?.signUp)).toHaveLength(5);
    expect(await world.db.user.count({ where: { invitedById: admin.id } })).toBe(5);
  });

  it('admits nobody with an expired, revoked, exhausted or unknown code', async () => {
    const inviter = await signUpUser(world.api, world.db);
    const expired = await makeInvite(world.db, {
      createdById: inviter.id,
      expiresAt: new Date(Date.now() - 1_000),
    });
    const revoked = await makeInvite(world.db, { createdById: inviter.id, revokedAt: new Date() });
    const exhausted = await makeInvite(world.db, { createdById: inviter.id, maxUses: 2, usesCount: 2 });
    const usersBefore = await world.db.user.count();
    for (const code of [expired.code, revoked.code, exhausted.code, 'no-such-code-at-all']) {
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          world.api.gql(SIGN_UP, { input: signUpInput({ inviteCode: code }) }),
        ),
      );
      for (const result of results) {
        expect(result.data?.signUp ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVITE_INVALID', field: 'inviteCode' });
      }
    }
    expect(await world.db.user.count({ where: { invitedById: inviter.id } })).toBe(0);
    expect(await world.db.user.count()).toBeGreaterThanOrEqual(usersBefore);
    expect((await world.db.invite.findUniqueOrThrow({ where: { id: exhausted.id } })).usesCount).toBe(2);
  });
});

describe('invites of members and administrators', () => {
  const world = useWorld(() => startApiWorld({ INVITE_QUOTA: '2', PUBLIC_WEB_URL: 'http://reader.test' }));
  const CREATE = `mutation($input: CreateInviteInput) { createInvite(input: $input) { id code url maxUses status expiresAt usedBy { handle } } }`;
  type Created = {
    createInvite: {
      id: string;
      code: string;
      url: string;
      maxUses: number;
      status: string;
      expiresAt: string;
    };
  };

  it('lets a member create single-use invites up to the quota, see who joined and revoke them', async () => {
    const member = await signUpUser(world.api, world.db);
    const first = await world.api.gql<Created>(CREATE, {}, { cookie: member.cookie });
    expect(first.data?.createInvite).toMatchObject({ maxUses: 1, status: 'ACTIVE' });
    expect(first.data?.createInvite.url).toBe(
      `http://reader.test/signup?invite=${first.data?.createInvite.code}`,
    );
    const expiresIn = new Date(first.data!.createInvite.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(13 * 86_400_000);
    const joined = await world.api.gql<SignUpData>(SIGN_UP, {
      input: signUpInput({ inviteCode: first.data!.createInvite.code, handle: `joiner_${uniqueSuffix()}` }),
    });
    expect(joined.data?.signUp.user.role).toBe('USER');
    const second = await world.api.gql<Created>(
      CREATE,
      { input: { expiresInDays: 3, note: 'for Ann' } },
      { cookie: member.cookie },
    );
    expect(second.errors).toBeUndefined();
    const third = await world.api.gql(CREATE, {}, { cookie: member.cookie });
    expect(third.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Revoking an unused invite gives the slot back.
    const revoked = await world.api.gql<{ revokeInvite: { status: string } }>(
      'mutation($id: ID!) { revokeInvite(id: $id) { status } }',
      { id: second.data!.createInvite.id },
      { cookie: member.cookie },
    );
    expect(revoked.data?.revokeInvite.status).toBe('REVOKED');
    expect(
      (await world.api.gql(SIGN_UP, { input: signUpInput({ inviteCode: second.data!.createInvite.code }) }))
        .errors?.[0]?.extensions?.code,
    ).toBe('INVITE_INVALID');
    expect((await world.api.gql(CREATE, {}, { cookie: member.cookie })).errors).toBeUndefined();
    const mine = await world.api.gql<{ myInvites: { status: string; usedBy: { handle: string }[] }[] }>(
      '{ myInvites { status usedBy { handle } } }',
      {},
      { cookie: member.cookie },
    );
    expect(mine.data?.myInvites.map((invite) => invite.status)).toEqual(['ACTIVE', 'REVOKED', 'USED_UP']);
    expect(mine.data?.myInvites[2]?.usedBy[0]?.handle).toMatch(/^joiner_/);
    const profile = await world.api.gql<{ user: { invitedBy: { handle: string } } }>(
      'query($h: String!) { user(handle: $h) { invitedBy { handle } } }',
      { h: mine.data!.myInvites[2]!.usedBy[0]!.handle },
    );
    expect(profile.data?.user.invitedBy.handle).toBe(member.handle);
  });

  it('keeps the quota under concurrent creation', async () => {
    const member = await signUpUser(world.api, world.db);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => world.api.gql<Created>(CREATE, {}, { cookie: member.cookie })),
    );
    expect(results.filter((result) => result.data?.createInvite)).toHaveLength(2);
    expect(await world.db.invite.count({ where: { createdById: member.id } })).toBe(2);
  });

  it('lets only administrators mint multi-use invites, without a quota', async () => {
    const member = await signUpUser(world.api, world.db);
    const refused = await world.api.gql(CREATE, { input: { maxUses: 5 } }, { cookie: member.cookie });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'maxUses' });
    const admin = await signUpUser(world.api, world.db, { role: 'ADMIN' });
    for (let index = 0; index < 4; index += 1) {
      const created = await world.api.gql<Created>(
        CREATE,
        { input: { maxUses: 5 } },
        { cookie: admin.cookie },
      );
      expect(created.data?.createInvite.maxUses).toBe(5);
    }
    const tooMany = await world.api.gql(CREATE, { input: { maxUses: 1001 } }, { cookie: admin.cookie });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxUses' });
  });

  it('lets an administrator revoke anyone’s invite, and a member only their own', async () => {
    const owner = await signUpUser(world.api, world.db);
    const other = await signUpUser(world.api, world.db);
    const invite = await world.api.gql<Created>(CREATE, {}, { cookie: owner.cookie });
    const id = invite.data!.createInvite.id;
    const notYours = await world.api.gql(
      'mutation($id: ID!) { revokeInvite(id: $id) { status } }',
      { id },
      { cookie: other.cookie },
    );
    expect(notYours.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await signUpUser(world.api, world.db, { role: 'ADMIN' });
    const revoked = await world.api.gql<{ adminRevokeInvite: { status: string } }>(
      'mutation($id: ID!) { adminRevokeInvite(id: $id) { status } }',
      { id },
      { cookie: admin.cookie },
    );
    expect(revoked.data?.adminRevokeInvite.status).toBe('REVOKED');
  });
});

describe('the bootstrap invite', () => {
  const code = `bootstrap-${uniqueSuffix()}`;
  // Its own empty database: "while no user exists" cannot hold in the shared one.
  const world = useWorld(() =>
    startIsolatedApiWorld('tributary_test_bootstrap', { BOOTSTRAP_INVITE_CODE: code }),
  );

  it('admits exactly one first user, who becomes an administrator', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        world.api.gql<SignUpData>(SIGN_UP, { input: signUpInput({ inviteCode: code }) }),
      ),
    );
    const admitted = results.filter((result) => result.data?.signUp);
    expect(admitted).toHaveLength(1);
    expect(admitted[0]!.data!.signUp.user.role).toBe('ADMIN');
    expect(await world.db.user.count()).toBe(1);
    const again = await world.api.gql(SIGN_UP, { input: signUpInput({ inviteCode: code }) });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVITE_INVALID');
    // The admin can list users.
    const cookie = sessionCookieFrom(admitted[0]!)!;
    const list = await world.api.gql<{ adminUsers: { edges: unknown[] } }>(
      '{ adminUsers(first: 10) { edges { node { handle } } } }',
      {},
      { cookie },
    );
    expect(list.data?.adminUsers.edges).toHaveLength(1);
  });

  it('is not recreated by a restart once someone has joined', async () => {
    await world.db.invite.deleteMany({ where: { code } });
    const restarted = await startApi({ DATABASE_URL: world.database.url, BOOTSTRAP_INVITE_CODE: code });
    try {
      const attempt = await restarted.gql(SIGN_UP, { input: signUpInput({ inviteCode: code }) });
      expect(attempt.errors?.[0]?.extensions?.code).toBe('INVITE_INVALID');
      expect(await world.db.invite.count({ where: { code } })).toBe(0);
    } finally {
      await restarted.close();
    }
  });
});
