import { Prisma } from '@tributary/db';
import { describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { LOG_IN } from './support/factories.js';
import { seedEverything } from './support/seed-person.js';
import { startSocialWorld } from './support/social-world.js';

describe('account deletion', () => {
  const world = useWorld(() => startSocialWorld());

  it('asks for the password and changes nothing when it is wrong', async () => {
    const user = await world.member();
    const response = await world.raw(user, 'mutation($p: String!) { deleteAccount(password: $p) }', { p: 'not my password' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await world.db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it('leaves no row that references or names the person, except anonymous comment tombstones', async () => {
    const user = await world.member();
    const other = await world.member();
    const seeded = await seedEverything(world.db, user, other);
    await world.as(user, 'mutation { exportMyData }');
    await world.db.opmlImport.create({ data: { userId: user.id, items: { create: [{ position: 0, xmlUrl: 'https://x.example/feed' }] } } });
    // Someone joined with their used invite.
    const invitee = await world.member();
    await world.db.inviteRedemption.update({ where: { userId: invitee.id }, data: { inviteId: seeded.usedInvite.id } });
    await world.db.user.update({ where: { id: invitee.id }, data: { invitedById: user.id } });

    const { deleteAccount } = await world.as<{ deleteAccount: boolean }>(user, 'mutation($p: String!) { deleteAccount(password: $p) }', { p: user.password });
    expect(deleteAccount).toBe(true);

    // Every column of every table with a foreign key to "User", found from the catalog (new tables included).
    const columns = await world.db.$queryRaw<{ table: string; column: string }[]>`
      SELECT kcu.table_name AS table, kcu.column_name AS column
      FROM information_schema.referential_constraints rc
      JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
      WHERE ccu.table_name = 'User' AND kcu.table_schema = current_schema()`;
    expect(columns.length).toBeGreaterThanOrEqual(20);
    for (const { table, column } of columns) {
      const rows = await world.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${column}"`)} = ${user.id}::uuid`;
      expect(`${table}.${column}: ${rows[0]!.n}`).toBe(`${table}.${column}: 0`);
    }
    // And no row anywhere mentions their id, handle, email or display name in any column (JSON included).
    const tables = await world.db.$queryRaw<{ table: string }[]>`
      SELECT table_name AS table FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    const needles = [user.id, user.handle.toLowerCase(), user.email.toLowerCase()];
    for (const { table } of tables) {
      for (const needle of needles) {
        const rows = await world.db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)} t WHERE lower(t::text) LIKE ${`%${needle}%`}`;
        expect(`${table} ~ ${needle}: ${rows[0]!.n}`).toBe(`${table} ~ ${needle}: 0`);
      }
    }

    // Threads stay readable: the comment is an anonymous tombstone and the reply is still there.
    const tombstone = await world.db.comment.findUniqueOrThrow({ where: { id: seeded.comment.id } });
    expect(tombstone).toMatchObject({ authorId: null, body: '' });
    expect(tombstone.deletedAt).not.toBeNull();
    expect(await world.db.comment.findUnique({ where: { id: seeded.reply.id } })).toMatchObject({ authorId: other.id, body: 'A reply' });
    // Public content stays; counters follow; the verified claim is released; unused invites are gone.
    const entry = await world.db.entry.findUniqueOrThrow({ where: { id: seeded.entry.id } });
    expect(entry).toMatchObject({ sharesCount: 0, commentsCount: 1 });
    expect(await world.db.source.findUniqueOrThrow({ where: { id: seeded.source.id } })).toMatchObject({ subscribersCount: 0 });
    expect(await world.db.claim.count({ where: { sourceId: seeded.source.id, status: 'VERIFIED' } })).toBe(0);
    expect(await world.db.invite.findUnique({ where: { id: seeded.unusedInvite.id } })).toBeNull();
    expect(await world.db.invite.findUniqueOrThrow({ where: { id: seeded.usedInvite.id } })).toMatchObject({ createdById: null, note: null });
    expect(await world.db.inviteRedemption.count({ where: { userId: invitee.id } })).toBe(1);

    // The session is gone and so is the login.
    expect((await world.raw<{ me: unknown }>(user, '{ me { id } }')).data?.me).toBeNull();
    const login = await world.raw(null, LOG_IN, { input: { login: user.handle, password: user.password } });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
