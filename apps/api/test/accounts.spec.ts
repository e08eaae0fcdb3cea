import { describe, expect, it, vi } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { SESSION_ACTIVITY_FLUSH_MS, SessionActivity } from '../src/modules/auth/session-activity.service.js';
import { startApi } from './support/api-harness.js';
import {
  DEFAULT_PASSWORD,
  LOG_IN,
  makeInvite,
  SIGN_UP,
  sessionCookieFrom,
  signUpInput,
  signUpUser,
  testDb,
} from './support/factories.js';

const ME = '{ me { id handle email invitedBy { handle } } }';
type MeData = {
  me: { id: string; handle: string; email: string | null; invitedBy: { handle: string } | null } | null;
};

describe('accounts and sessions', () => {
  const world = useWorld(() => startApiWorld());

  it('signs up with an invite, sets an HttpOnly SameSite=Lax cookie and knows who invited whom', async () => {
    const inviter = await signUpUser(world.api, world.db);
    const invite = await makeInvite(world.db, { createdById: inviter.id });
    const input = signUpInput({ inviteCode: invite.code, handle: `New_${invite.id.slice(-6)}` });
    const response = await world.api.gql<{ signUp: { user: { id: string; role: string } } }>(SIGN_UP, {
      input,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signUp.user.role).toBe('USER');
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(
      /^tributary_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
    );
    const cookie = sessionCookieFrom(response)!;
    const me = await world.api.gql<MeData>(ME, {}, { cookie });
    expect(me.data?.me).toMatchObject({
      handle: input.handle,
      email: input.email,
      invitedBy: { handle: inviter.handle },
    });
    const stored = await world.db.session.findMany({ where: { userId: me.data!.me!.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(stored[0]!.tokenHash);
    const notification = await world.db.notification.findFirst({
      where: { userId: inviter.id, type: 'INVITE_REDEEMED' },
    });
    expect(notification?.actorId).toBe(me.data!.me!.id);
  });

  it('refuses taken handles case-insensitively and taken emails', async () => {
    const user = await signUpUser(world.api, world.db);
    const invite = await makeInvite(world.db);
    const sameHandle = await world.api.gql(SIGN_UP, {
      input: signUpInput({ inviteCode: invite.code, handle: user.handle.toUpperCase() }),
    });
    expect(sameHandle.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'handle' });
    const sameEmail = await world.api.gql(SIGN_UP, {
      input: signUpInput({ inviteCode: invite.code, email: ` ${user.email.toUpperCase()} ` }),
    });
    // The same vague answer as any refusal of the details: nothing says an account has this email.
    expect(sameEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sameEmail.errors?.[0]?.extensions?.field).toBeUndefined();
    expect(sameEmail.errors?.[0]?.message).not.toMatch(/email/i);
    // The failed attempts did not use the code up.
    expect((await world.db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usesCount).toBe(0);
  });

  it('logs in by handle or email, rotating the browser’s session', async () => {
    const user = await signUpUser(world.api, world.db);
    const byHandle = await world.api.gql(
      LOG_IN,
      { input: { login: user.handle.toUpperCase(), password: DEFAULT_PASSWORD } },
      { cookie: user.cookie },
    );
    expect(byHandle.errors).toBeUndefined();
    const rotated = sessionCookieFrom(byHandle)!;
    expect(rotated).not.toBe(user.cookie);
    // The old token is dead at once; the new one works.
    expect((await world.api.gql<MeData>(ME, {}, { cookie: user.cookie })).data?.me).toBeNull();
    expect((await world.api.gql<MeData>(ME, {}, { cookie: rotated })).data?.me?.id).toBe(user.id);
    expect(await world.db.session.count({ where: { userId: user.id } })).toBe(1);
    const byEmail = await world.api.gql(LOG_IN, { input: { login: user.email, password: DEFAULT_PASSWORD } });
    expect(sessionCookieFrom(byEmail)).toBeDefined();
    const wrong = await world.api.gql(LOG_IN, { input: { login: user.email, password: 'not the password' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const nobody = await world.api.gql(LOG_IN, { input: { login: 'nobody_here', password: 'whatever123' } });
    expect(nobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(nobody.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('lists sessions and revokes one, refused at once', async () => {
    const user = await signUpUser(world.api, world.db);
    const second = sessionCookieFrom(
      await world.api.gql(LOG_IN, { input: { login: user.handle, password: DEFAULT_PASSWORD } }),
    )!;
    const list = await world.api.gql<{ sessions: { id: string; isCurrent: boolean }[] }>(
      '{ sessions { id isCurrent } }',
      {},
      { cookie: user.cookie },
    );
    expect(list.data?.sessions).toHaveLength(2);
    const other = list.data!.sessions.find((session) => !session.isCurrent)!;
    const started = performance.now();
    const revoked = await world.api.gql(
      'mutation($id: ID!) { revokeSession(id: $id) }',
      { id: other.id },
      { cookie: user.cookie },
    );
    expect(revoked.data).toEqual({ revokeSession: true });
    expect((await world.api.gql<MeData>(ME, {}, { cookie: second })).data?.me).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await world.api.gql<MeData>(ME, {}, { cookie: user.cookie })).data?.me?.id).toBe(user.id);
  });

  it('logs out other sessions, and logs out', async () => {
    const user = await signUpUser(world.api, world.db);
    const others = await Promise.all(
      [1, 2].map(async () =>
        sessionCookieFrom(
          await world.api.gql(LOG_IN, { input: { login: user.handle, password: DEFAULT_PASSWORD } }),
        )!,
      ),
    );
    const ended = await world.api.gql('mutation { logOutOtherSessions }', {}, { cookie: user.cookie });
    expect(ended.data).toEqual({ logOutOtherSessions: 2 });
    for (const cookie of others)
      expect((await world.api.gql<MeData>(ME, {}, { cookie })).data?.me).toBeNull();
    const out = await world.api.gql('mutation { logOut }', {}, { cookie: user.cookie });
    expect(out.headers.getSetCookie()[0]).toMatch(/^tributary_session=; Path=\/; Max-Age=0/);
    expect((await world.api.gql<MeData>(ME, {}, { cookie: user.cookie })).data?.me).toBeNull();
  });

  it('changing the password signs out every other session and keeps this one with a new token', async () => {
    const user = await signUpUser(world.api, world.db);
    const other = sessionCookieFrom(
      await world.api.gql(LOG_IN, { input: { login: user.handle, password: DEFAULT_PASSWORD } }),
    )!;
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const wrong = await world.api.gql(
      CHANGE,
      { input: { currentPassword: 'nope nope', newPassword: 'a brand new passphrase' } },
      { cookie: user.cookie },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const common = await world.api.gql(
      CHANGE,
      { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'password123' } },
      { cookie: user.cookie },
    );
    expect(common.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await world.api.gql(
      CHANGE,
      { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'a brand new passphrase' } },
      { cookie: user.cookie },
    );
    expect(changed.errors).toBeUndefined();
    const fresh = sessionCookieFrom(changed)!;
    expect((await world.api.gql<MeData>(ME, {}, { cookie: other })).data?.me).toBeNull();
    expect((await world.api.gql<MeData>(ME, {}, { cookie: user.cookie })).data?.me).toBeNull();
    expect((await world.api.gql<MeData>(ME, {}, { cookie: fresh })).data?.me?.id).toBe(user.id);
    const old = await world.api.gql(LOG_IN, { input: { login: user.handle, password: DEFAULT_PASSWORD } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses expired and idle sessions server-side', async () => {
    const user = await signUpUser(world.api, world.db);
    const session = await world.db.session.findFirstOrThrow({ where: { userId: user.id } });
    await world.db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(Date.now() - 15 * 86_400_000) },
    });
    expect((await world.api.gql<MeData>(ME, {}, { cookie: user.cookie })).data?.me).toBeNull();
    await world.db.session.update({
      where: { id: session.id },
      data: {
        lastSeenAt: new Date(),
        createdAt: new Date(Date.now() - 2_000),
        expiresAt: new Date(Date.now() - 1_000),
      },
    });
    expect((await world.api.gql<MeData>(ME, {}, { cookie: user.cookie })).data?.me).toBeNull();
  });

  it('records activity at most once a minute, in a batch written within seconds', async () => {
    const user = await signUpUser(world.api, world.db);
    const before = await world.db.session.findFirstOrThrow({ where: { userId: user.id } });
    await world.api.gql(ME, {}, { cookie: user.cookie });
    await world.api.app.get(SessionActivity).flush();
    expect((await world.db.session.findFirstOrThrow({ where: { id: before.id } })).lastSeenAt).toEqual(
      before.lastSeenAt,
    );
    const idle = new Date(Date.now() - 120_000);
    await world.db.session.update({ where: { id: before.id }, data: { lastSeenAt: idle } });
    await world.api.gql(ME, {}, { cookie: user.cookie });
    // Not written on the request's path: the batch goes out within SESSION_ACTIVITY_FLUSH_MS.
    await vi.waitFor(
      async () => {
        const after = await world.db.session.findFirstOrThrow({ where: { id: before.id } });
        expect(Date.now() - after.lastSeenAt.getTime()).toBeLessThan(10_000);
      },
      { timeout: SESSION_ACTIVITY_FLUSH_MS * 5, interval: 50 },
    );
  });

  it('writes pending session activity when the API shuts down', async () => {
    const other = await startApi();
    const user = await signUpUser(other, world.db);
    const idle = new Date(Date.now() - 120_000);
    await world.db.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: idle } });
    const [first, second] = await Promise.all([
      other.gql<MeData>(ME, {}, { cookie: user.cookie }),
      other.gql<MeData>(ME, {}, { cookie: user.cookie }),
    ]);
    expect([first.data?.me?.id, second.data?.me?.id]).toEqual([user.id, user.id]);
    await other.close(); // before the batch timer fires
    const session = await world.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(idle.getTime() + 60_000);
  });
});

describe('session cookie over https', () => {
  it('is __Host- prefixed and Secure when PUBLIC_WEB_URL is https', async () => {
    const api = await startApi({ PUBLIC_WEB_URL: 'https://tributary.example' });
    const db = testDb();
    try {
      const invite = await makeInvite(db);
      const response = await api.gql(SIGN_UP, { input: signUpInput({ inviteCode: invite.code }) });
      const [setCookie] = response.headers.getSetCookie();
      expect(setCookie).toMatch(
        /^__Host-tributary_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure$/,
      );
      const cookie = setCookie!.split(';')[0]!;
      expect((await api.gql<MeData>(ME, {}, { cookie })).data?.me).not.toBeNull();
      // The plain name is not accepted on an https deployment.
      expect((await api.gql<MeData>(ME, {}, { cookie: cookie.replace('__Host-', '') })).data?.me).toBeNull();
    } finally {
      await api.close();
      await db.$disconnect();
    }
  });
});
