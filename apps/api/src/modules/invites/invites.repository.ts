import { Injectable } from '@nestjs/common';
import { type Invite, type User } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';

export type InviteWithUsers = Invite & { redemptions: { user: User }[] };

const WITH_USERS = { redemptions: { include: { user: true }, orderBy: { redeemedAt: 'asc' as const } } };

@Injectable()
export class InvitesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Creates an invite when the creator is under `quota` invites that count (used ones and ones still
   * usable). The creator's row is locked first, so concurrent requests cannot both pass the count.
   */
  async createWithinQuota(
    data: { code: string; createdById: string; maxUses: number; expiresAt: Date; note: string | null },
    quota: number | null,
  ): Promise<InviteWithUsers | null> {
    return this.prisma.client.$transaction(async (tx) => {
      if (quota !== null) {
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${data.createdById}::uuid FOR UPDATE`;
        const counted = await tx.invite.count({
          where: {
            createdById: data.createdById,
            OR: [{ usesCount: { gt: 0 } }, { revokedAt: null, expiresAt: { gt: new Date() } }],
          },
        });
        if (counted >= quota) return null;
      }
      return tx.invite.create({ data, include: WITH_USERS });
    });
  }

  findUserQuota(userId: string): Promise<Pick<User, 'role' | 'inviteQuota'> | null> {
    return this.prisma.client.user.findUnique({
      where: { id: userId },
      select: { role: true, inviteQuota: true },
    });
  }

  listByCreator(createdById: string): Promise<InviteWithUsers[]> {
    return this.prisma.client.invite.findMany({
      where: { createdById },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 500,
      include: WITH_USERS,
    });
  }

  /** Every invite, newest first: keyset on (createdAt, id), no OFFSET. */
  listPage(limit: number, after: Keyset | null): Promise<InviteWithUsers[]> {
    return this.prisma.client.invite.findMany({
      where: after
        ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }
        : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      include: WITH_USERS,
    });
  }

  findById(id: string): Promise<Invite | null> {
    return this.prisma.client.invite.findUnique({ where: { id } });
  }

  /** Sets revokedAt unless already set; answers the invite as it is now. */
  async revoke(id: string): Promise<InviteWithUsers> {
    await this.prisma.client.invite.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return this.prisma.client.invite.findUniqueOrThrow({ where: { id }, include: WITH_USERS });
  }
}
