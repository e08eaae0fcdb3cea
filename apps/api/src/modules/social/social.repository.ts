import { Injectable } from '@nestjs/common';
import { Prisma, type User } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';

export type FollowRow = User & { followedAt: Date };

@Injectable()
export class SocialRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByHandleLower(handleLower: string): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: { handleLower } });
  }

  /** Inserts the follow; answers whether it is new. */
  async follow(followerId: string, followeeId: string): Promise<boolean> {
    const result = await this.prisma.client.follow.createMany({ data: [{ followerId, followeeId }], skipDuplicates: true });
    return result.count === 1;
  }

  async unfollow(followerId: string, followeeId: string): Promise<boolean> {
    const result = await this.prisma.client.follow.deleteMany({ where: { followerId, followeeId } });
    return result.count === 1;
  }

  /** Whether `blockerId` blocks `blockedId`. */
  async blocks(blockerId: string, blockedId: string): Promise<boolean> {
    const row = await this.prisma.client.block.findUnique({ where: { blockerId_blockedId: { blockerId, blockedId } }, select: { blockerId: true } });
    return row !== null;
  }

  /** Blocks and ends follows both ways, atomically. */
  async block(blockerId: string, blockedId: string): Promise<void> {
    await this.prisma.client.$transaction([
      this.prisma.client.block.createMany({ data: [{ blockerId, blockedId }], skipDuplicates: true }),
      this.prisma.client.follow.deleteMany({
        where: { OR: [{ followerId: blockerId, followeeId: blockedId }, { followerId: blockedId, followeeId: blockerId }] },
      }),
    ]);
  }

  async unblock(blockerId: string, blockedId: string): Promise<boolean> {
    const result = await this.prisma.client.block.deleteMany({ where: { blockerId, blockedId } });
    return result.count === 1;
  }

  async blockedUsers(blockerId: string): Promise<User[]> {
    const rows = await this.prisma.client.block.findMany({
      where: { blockerId },
      include: { blocked: true },
      orderBy: { createdAt: 'desc' },
      take: 1_000,
    });
    return rows.map((row) => row.blocked);
  }

  /** Of `userIds`, those the viewer blocks. */
  async blockedAmong(viewerId: string, userIds: readonly string[]): Promise<string[]> {
    const rows = await this.prisma.client.block.findMany({
      where: { blockerId: viewerId, blockedId: { in: [...userIds] } },
      select: { blockedId: true },
    });
    return rows.map((row) => row.blockedId);
  }

  /** People following `userId`, most recent first (keyset on (createdAt, followerId)). */
  followers(userId: string, limit: number, after: Keyset | null): Promise<FollowRow[]> {
    return this.prisma.client.$queryRaw<FollowRow[]>`
      SELECT u.*, f."createdAt" AS "followedAt" FROM "Follow" f JOIN "User" u ON u.id = f."followerId"
      WHERE f."followeeId" = ${userId}::uuid
        ${after ? Prisma.sql`AND (f."createdAt", f."followerId") < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY f."createdAt" DESC, f."followerId" DESC LIMIT ${limit}`;
  }

  /** People `userId` follows, most recent first (keyset on (createdAt, followeeId)). */
  following(userId: string, limit: number, after: Keyset | null): Promise<FollowRow[]> {
    return this.prisma.client.$queryRaw<FollowRow[]>`
      SELECT u.*, f."createdAt" AS "followedAt" FROM "Follow" f JOIN "User" u ON u.id = f."followeeId"
      WHERE f."followerId" = ${userId}::uuid
        ${after ? Prisma.sql`AND (f."createdAt", f."followeeId") < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY f."createdAt" DESC, f."followeeId" DESC LIMIT ${limit}`;
  }

  async followerCounts(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.client.follow.groupBy({ by: ['followeeId'], where: { followeeId: { in: [...userIds] } }, _count: true });
    return new Map(rows.map((row) => [row.followeeId, row._count]));
  }

  async followingCounts(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.client.follow.groupBy({ by: ['followerId'], where: { followerId: { in: [...userIds] } }, _count: true });
    return new Map(rows.map((row) => [row.followerId, row._count]));
  }

  async followedAmong(viewerId: string, userIds: readonly string[]): Promise<string[]> {
    const rows = await this.prisma.client.follow.findMany({
      where: { followerId: viewerId, followeeId: { in: [...userIds] } },
      select: { followeeId: true },
    });
    return rows.map((row) => row.followeeId);
  }

  async followersAmong(viewerId: string, userIds: readonly string[]): Promise<string[]> {
    const rows = await this.prisma.client.follow.findMany({
      where: { followeeId: viewerId, followerId: { in: [...userIds] } },
      select: { followerId: true },
    });
    return rows.map((row) => row.followerId);
  }
}
