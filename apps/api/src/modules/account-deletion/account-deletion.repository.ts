import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../common/prisma.service.js';

export interface DeletionSummary {
  subscriptions: number;
  comments: number;
  shares: number;
  claims: number;
  invitesDeleted: number;
  invitesKept: number;
}

/**
 * Account deletion in one transaction. Rows other people still need stay, anonymized: comments become
 * tombstones (no author, empty body) and used invites lose their creator (their redemptions belong to
 * the people who joined). Everything else personal goes, most of it through ON DELETE CASCADE / SET NULL
 * of the User row (prisma/schema.prisma); the counters those cascades would leave wrong are fixed first.
 */
@Injectable()
export class AccountDeletionRepository {
  constructor(private readonly prisma: PrismaService) {}

  findCredentials(userId: string): Promise<{ id: string; passwordHash: string } | null> {
    return this.prisma.client.user.findUnique({ where: { id: userId }, select: { id: true, passwordHash: true } });
  }

  deleteAccount(userId: string): Promise<DeletionSummary> {
    return this.prisma.client.$transaction(
      async (tx) => {
        // Lock the account row: a second deletion (or a signup using their invite) waits for this one.
        const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
        if (locked.length === 0) return null;
        const subscriptions = await tx.$executeRaw`
          UPDATE "Source" s SET "subscribersCount" = GREATEST(s."subscribersCount" - 1, 0)
          FROM "Subscription" sub WHERE sub."sourceId" = s.id AND sub."userId" = ${userId}::uuid`;
        const shares = await tx.$executeRaw`
          UPDATE "Entry" e SET "sharesCount" = GREATEST(e."sharesCount" - 1, 0)
          FROM "Share" sh WHERE sh."entryId" = e.id AND sh."userId" = ${userId}::uuid`;
        // Live comments stop counting, as when their author deletes them one by one.
        await tx.$executeRaw`
          UPDATE "Entry" e SET "commentsCount" = GREATEST(e."commentsCount" - c.n, 0)
          FROM (SELECT "entryId", count(*)::int AS n FROM "Comment"
                WHERE "authorId" = ${userId}::uuid AND "deletedAt" IS NULL AND "removedAt" IS NULL
                GROUP BY "entryId") c
          WHERE e.id = c."entryId"`;
        const comments = await tx.$executeRaw`
          UPDATE "Comment" SET "authorId" = NULL, body = '', "editedAt" = NULL,
                 "deletedAt" = COALESCE("deletedAt", now())
          WHERE "authorId" = ${userId}::uuid`;
        // Notifications about what they did ("@x followed you", "@x replied") would still name them.
        await tx.notification.deleteMany({ where: { actorId: userId } });
        // Verified (and pending) claims are released: the source can be claimed by its real owner again.
        const claims = await tx.claim.deleteMany({ where: { userId } });
        const invitesDeleted = await tx.invite.deleteMany({ where: { createdById: userId, usesCount: 0 } });
        const invitesKept = await tx.invite.updateMany({ where: { createdById: userId }, data: { createdById: null, note: null } });
        await tx.user.delete({ where: { id: userId } });
        return {
          subscriptions,
          comments,
          shares,
          claims: claims.count,
          invitesDeleted: invitesDeleted.count,
          invitesKept: invitesKept.count,
        };
      },
      { timeout: 60_000 },
    ).then((summary) => {
      if (!summary) throw new Error('account already deleted');
      return summary;
    });
  }
}
