import { Injectable } from '@nestjs/common';
import { type Notification, Prisma, type Session, type User, type UserRole } from '@tributary/db';
import { insertNotifications } from '@tributary/domain';
import { PrismaService } from '../../common/prisma.service.js';

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

export interface NewAccount {
  handle: string;
  handleLower: string;
  handleSkeleton: string;
  email: string;
  passwordHash: string;
  displayName: string;
}

export interface NewSession {
  tokenHash: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export type SessionWithUser = Pick<Session, 'id' | 'userId' | 'createdAt' | 'lastSeenAt' | 'expiresAt'> & {
  user: Pick<User, 'id' | 'handle' | 'role' | 'suspendedAt' | 'passwordChangedAt'>;
};

type SessionRow = Omit<SessionWithUser, 'user'> & Omit<SessionWithUser['user'], 'id'>;

/** Accounts, sessions and the invite redemption that creates an account. The only Prisma user here. */
@Injectable()
export class AuthRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Whether a code could be redeemed right now (a cheap pre-check; the redemption itself decides). */
  async isInviteRedeemable(code: string): Promise<boolean> {
    const rows = await this.prisma.client.$queryRaw<{ ok: number }[]>`
      SELECT 1 AS ok FROM "Invite"
      WHERE "code" = ${code} AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now())
        AND "usesCount" < "maxUses"`;
    return rows.length > 0;
  }

  /**
   * Redeems `code` and creates the account, its redemption row, the inviter's notification (answered, for
   * live delivery once committed) and the first session in ONE transaction. The conditional UPDATE is the guard: of any number of concurrent
   * redemptions of a single-use code, PostgreSQL lets exactly one increment usesCount; the others see
   * the updated row, match nothing and get null. Unique violations (handle, email) roll everything back
   * and propagate.
   */
  async redeemInviteAndCreateAccount(
    code: string,
    account: NewAccount,
    session: NewSession,
  ): Promise<{ user: User; session: Session; notifications: Notification[] } | null> {
    return this.prisma.client.$transaction(async (tx) => {
      const [invite] = await tx.$queryRaw<{ id: string; createdById: string | null }[]>`
        UPDATE "Invite" SET "usesCount" = "usesCount" + 1
        WHERE "code" = ${code} AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now())
          AND "usesCount" < "maxUses"
        RETURNING "id", "createdById"`;
      if (!invite) return null;
      // A code minted by the system (the bootstrap code) admits the first administrator.
      const role: UserRole = invite.createdById ? 'USER' : 'ADMIN';
      const user = await tx.user.create({ data: { ...account, role, invitedById: invite.createdById } });
      await tx.inviteRedemption.create({ data: { inviteId: invite.id, userId: user.id } });
      const notifications = invite.createdById
        ? await insertNotifications(tx, [
            {
              userId: invite.createdById,
              type: 'INVITE_REDEEMED',
              actorId: user.id,
              dedupeKey: `invite-redeemed:${user.id}`,
            },
          ])
        : [];
      const created = await tx.session.create({ data: { ...session, userId: user.id } });
      return { user, session: created, notifications };
    }, TRANSACTION_OPTIONS);
  }

  async countUsers(): Promise<number> {
    return this.prisma.client.user.count();
  }

  /** Creates the system invite for the bootstrap code unless it exists (safe to run concurrently). */
  async ensureSystemInvite(code: string): Promise<void> {
    await this.prisma.client.$executeRaw`
      INSERT INTO "Invite" ("id", "code", "createdById", "maxUses", "usesCount", "note", "createdAt")
      VALUES (${crypto.randomUUID()}::uuid, ${code}, NULL, 1, 0, 'bootstrap', now())
      ON CONFLICT ("code") DO NOTHING`;
  }

  findUserForLogin(login: { email: string } | { handleLower: string }): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: login });
  }

  findUserById(id: string): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: { id } });
  }

  async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.prisma.client.user.update({ where: { id: userId }, data: { passwordHash } });
  }

  createSession(userId: string, session: NewSession): Promise<Session> {
    return this.prisma.client.session.create({ data: { ...session, userId } });
  }

  /** Runs on every signed-in request: one prepared statement (session joined to its user). */
  async findSessionByTokenHash(tokenHash: string): Promise<SessionWithUser | null> {
    const rows = await this.prisma.prepared<SessionRow>(Prisma.sql`
      SELECT s.id, s."userId", s."createdAt", s."lastSeenAt", s."expiresAt",
             u.handle, u.role::text AS role, u."suspendedAt", u."passwordChangedAt"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE s."tokenHash" = ${tokenHash}`);
    const row = rows[0];
    if (!row) return null;
    const { handle, role, suspendedAt, passwordChangedAt, ...session } = row;
    return { ...session, user: { id: session.userId, handle, role, suspendedAt, passwordChangedAt } };
  }

  /**
   * Records the activity of many sessions in one statement (SessionActivity batches them). A session's
   * time only moves forward and at most once a minute: the WHERE makes late or repeated touches no-ops.
   */
  async touchSessions(touches: ReadonlyMap<string, Date>): Promise<void> {
    await this.prisma.prepared(Prisma.sql`
      UPDATE "Session" s SET "lastSeenAt" = t.at
      FROM unnest(${[...touches.keys()]}::uuid[], ${[...touches.values()]}::timestamptz[]) AS t(id, at)
      WHERE s.id = t.id AND s."lastSeenAt" < t.at - interval '60 seconds'`);
  }

  /** Whether one of the user's sessions was opened from exactly this address. */
  async hasSessionFromIp(userId: string, ip: string): Promise<boolean> {
    const found = await this.prisma.client.session.findFirst({ where: { userId, ip }, select: { id: true } });
    return found !== null;
  }

  /** Deletes the session of a token; answers the ids of what it deleted (for sessions-ended events). */
  async deleteSessionByTokenHash(tokenHash: string): Promise<string[]> {
    return this.deletedIds(Prisma.sql`DELETE FROM "Session" WHERE "tokenHash" = ${tokenHash} RETURNING id`);
  }

  async deleteSession(id: string): Promise<string[]> {
    return this.deletedIds(Prisma.sql`DELETE FROM "Session" WHERE id = ${id}::uuid RETURNING id`);
  }

  findSession(id: string): Promise<Session | null> {
    return this.prisma.client.session.findUnique({ where: { id } });
  }

  /** The user's sessions that are still valid, most recently used first (bounded). */
  listSessions(userId: string, idleSince: Date): Promise<Session[]> {
    return this.prisma.client.session.findMany({
      where: { userId, expiresAt: { gt: new Date() }, lastSeenAt: { gt: idleSince } },
      orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
      take: 100,
    });
  }

  async deleteOtherSessions(userId: string, keepSessionId: string): Promise<string[]> {
    return this.deletedIds(Prisma.sql`
      DELETE FROM "Session" WHERE "userId" = ${userId}::uuid AND id <> ${keepSessionId}::uuid RETURNING id`);
  }

  /** Deletes this user's expired or idle sessions (housekeeping at login). */
  async deleteStaleSessions(userId: string, idleSince: Date): Promise<string[]> {
    return this.deletedIds(Prisma.sql`
      DELETE FROM "Session"
      WHERE "userId" = ${userId}::uuid AND ("expiresAt" <= now() OR "lastSeenAt" <= ${idleSince})
      RETURNING id`);
  }

  /**
   * Of `ids`, the sessions that are still valid now: the rule of SessionService.resolveViewer (not
   * expired, not idle since `idleSince`, not older than a password change, user not suspended), for many
   * sessions in one statement (the periodic re-check of open live streams).
   */
  async findValidSessionIds(ids: readonly string[], idleSince: Date): Promise<string[]> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE s.id = ANY(${[...ids]}::uuid[])
        AND s."expiresAt" > now() AND s."lastSeenAt" > ${idleSince}
        AND u."suspendedAt" IS NULL
        AND (u."passwordChangedAt" IS NULL OR s."createdAt" >= u."passwordChangedAt")`;
    return rows.map((row) => row.id);
  }

  /**
   * Sets a new password and replaces every session of the user with `session`, in one transaction:
   * other browsers are signed out at once, this one keeps working with a fresh token. Answers the new
   * session and the ids of the ended ones.
   */
  async changePassword(
    userId: string,
    passwordHash: string,
    session: NewSession,
  ): Promise<{ session: Session; endedSessionIds: string[] }> {
    return this.prisma.client.$transaction(async (tx) => {
      const now = new Date();
      await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: now } });
      const ended = await tx.$queryRaw<
        { id: string }[]
      >`DELETE FROM "Session" WHERE "userId" = ${userId}::uuid RETURNING id`;
      const created = await tx.session.create({ data: { ...session, userId, createdAt: now } });
      return { session: created, endedSessionIds: ended.map((row) => row.id) };
    }, TRANSACTION_OPTIONS);
  }

  private async deletedIds(statement: Prisma.Sql): Promise<string[]> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>(statement);
    return rows.map((row) => row.id);
  }
}
